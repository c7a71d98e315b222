using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CoParent.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RollRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EducationMoves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    FromSchoolId = table.Column<int>(type: "integer", nullable: true),
                    ToSchoolId = table.Column<int>(type: "integer", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CausedByPlacementMove = table.Column<bool>(type: "boolean", nullable: false),
                    MidYear = table.Column<bool>(type: "boolean", nullable: false),
                    DaysOutOfEducation = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationMoves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EducationMoves_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EducationMoves_Schools_FromSchoolId",
                        column: x => x.FromSchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EducationMoves_Schools_ToSchoolId",
                        column: x => x.ToSchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EducationMoves_ChildId_StartedOn",
                table: "EducationMoves",
                columns: new[] { "ChildId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EducationMoves_FromSchoolId",
                table: "EducationMoves",
                column: "FromSchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationMoves_StartedOn",
                table: "EducationMoves",
                column: "StartedOn");

            migrationBuilder.CreateIndex(
                name: "IX_EducationMoves_ToSchoolId",
                table: "EducationMoves",
                column: "ToSchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EducationMoves");
        }
    }
}

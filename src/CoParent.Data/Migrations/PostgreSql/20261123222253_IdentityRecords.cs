using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CoParent.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class IdentityRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CarerHouseholdId",
                table: "CareEpisodes",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CarerHouseholds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    PlaceProvider = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Agency = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Ethnicity = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    SecondEthnicity = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    Religion = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarerHouseholds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LaterLifeLetters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    Written = table.Column<DateOnly>(type: "date", nullable: false),
                    WrittenBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Given = table.Column<DateOnly>(type: "date", nullable: true),
                    GivenTo = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LaterLifeLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LaterLifeLetters_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LifePlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    Agreed = table.Column<DateOnly>(type: "date", nullable: false),
                    LastReviewed = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LifePlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LifePlans_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LifeStoryWork",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    Started = table.Column<DateOnly>(type: "date", nullable: false),
                    Completed = table.Column<DateOnly>(type: "date", nullable: true),
                    LastReviewed = table.Column<DateOnly>(type: "date", nullable: true),
                    Feeling = table.Column<int>(type: "integer", nullable: true),
                    InTheirWords = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LifeStoryWork", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LifeStoryWork_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CareEpisodes_CarerHouseholdId",
                table: "CareEpisodes",
                column: "CarerHouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_CarerHouseholds_Name",
                table: "CarerHouseholds",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_LaterLifeLetters_ChildId_Written",
                table: "LaterLifeLetters",
                columns: new[] { "ChildId", "Written" });

            migrationBuilder.CreateIndex(
                name: "IX_LaterLifeLetters_Written",
                table: "LaterLifeLetters",
                column: "Written");

            migrationBuilder.CreateIndex(
                name: "IX_LifePlans_ChildId",
                table: "LifePlans",
                column: "ChildId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LifeStoryWork_ChildId",
                table: "LifeStoryWork",
                column: "ChildId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_CareEpisodes_CarerHouseholds_CarerHouseholdId",
                table: "CareEpisodes",
                column: "CarerHouseholdId",
                principalTable: "CarerHouseholds",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CareEpisodes_CarerHouseholds_CarerHouseholdId",
                table: "CareEpisodes");

            migrationBuilder.DropTable(
                name: "CarerHouseholds");

            migrationBuilder.DropTable(
                name: "LaterLifeLetters");

            migrationBuilder.DropTable(
                name: "LifePlans");

            migrationBuilder.DropTable(
                name: "LifeStoryWork");

            migrationBuilder.DropIndex(
                name: "IX_CareEpisodes_CarerHouseholdId",
                table: "CareEpisodes");

            migrationBuilder.DropColumn(
                name: "CarerHouseholdId",
                table: "CareEpisodes");
        }
    }
}

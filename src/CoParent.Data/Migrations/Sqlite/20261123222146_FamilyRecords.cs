using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoParent.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FamilyRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CarePlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NoFamilyTimeReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarePlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CarePlans_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FamilyTimeArrangements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    WithName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Relationship = table.Column<int>(type: "INTEGER", nullable: false),
                    Frequency = table.Column<int>(type: "INTEGER", nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    Supervised = table.Column<bool>(type: "INTEGER", nullable: false),
                    SupervisedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChildsView = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyTimeArrangements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyTimeArrangements_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PermanencePlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    Plan = table.Column<int>(type: "INTEGER", nullable: false),
                    SetOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AchievedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PermanencePlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PermanencePlans_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SiblingLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    SiblingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Relationship = table.Column<int>(type: "INTEGER", nullable: false),
                    PlacedTogether = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApartReason = table.Column<int>(type: "INTEGER", nullable: true),
                    ApartDetail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiblingLinks", x => x.Id);
                    table.CheckConstraint("CK_SiblingLinks_Ordered", "\"ChildId\" < \"SiblingId\"");
                    table.ForeignKey(
                        name: "FK_SiblingLinks_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SiblingLinks_Children_SiblingId",
                        column: x => x.SiblingId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CarePlans_ChildId_AgreedOn",
                table: "CarePlans",
                columns: new[] { "ChildId", "AgreedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CarePlans_ReviewBy",
                table: "CarePlans",
                column: "ReviewBy");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyTimeArrangements_ChildId_To",
                table: "FamilyTimeArrangements",
                columns: new[] { "ChildId", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_PermanencePlans_AchievedOn",
                table: "PermanencePlans",
                column: "AchievedOn");

            migrationBuilder.CreateIndex(
                name: "IX_PermanencePlans_ChildId_SetOn",
                table: "PermanencePlans",
                columns: new[] { "ChildId", "SetOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SiblingLinks_ChildId_SiblingId",
                table: "SiblingLinks",
                columns: new[] { "ChildId", "SiblingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SiblingLinks_SiblingId",
                table: "SiblingLinks",
                column: "SiblingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CarePlans");

            migrationBuilder.DropTable(
                name: "FamilyTimeArrangements");

            migrationBuilder.DropTable(
                name: "PermanencePlans");

            migrationBuilder.DropTable(
                name: "SiblingLinks");
        }
    }
}

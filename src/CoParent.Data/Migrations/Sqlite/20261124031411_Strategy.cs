using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoParent.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Strategy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The attainment comparisons became every measure's comparison figures: renamed, so figures already imported stay.
            migrationBuilder.RenameTable(name: "AttainmentComparisons", newName: "ComparisonFigures");

            migrationBuilder.CreateTable(
                name: "DeliveryActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Partner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    MeasureId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SuggestedByCicc = table.Column<bool>(type: "INTEGER", nullable: false),
                    CiccReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CiccComments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveryActions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeasureTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeasureId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Target = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Tolerance = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SetAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureTargets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScorecardSnapshots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TakenBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TakenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScorecardSnapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StrategyVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeliveryActionUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeliveryActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    WrittenBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveryActionUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliveryActionUpdates_DeliveryActions_DeliveryActionId",
                        column: x => x.DeliveryActionId,
                        principalTable: "DeliveryActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.RenameIndex(
                name: "IX_AttainmentComparisons_AcademicYear_MeasureId_Area",
                table: "ComparisonFigures",
                newName: "IX_ComparisonFigures_AcademicYear_MeasureId_Area");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryActions_DueOn",
                table: "DeliveryActions",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryActions_Outcome",
                table: "DeliveryActions",
                column: "Outcome");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryActionUpdates_DeliveryActionId",
                table: "DeliveryActionUpdates",
                column: "DeliveryActionId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureTargets_MeasureId_Id",
                table: "MeasureTargets",
                columns: new[] { "MeasureId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ScorecardSnapshots_PeriodFrom_PeriodTo_Revision",
                table: "ScorecardSnapshots",
                columns: new[] { "PeriodFrom", "PeriodTo", "Revision" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeliveryActionUpdates");

            migrationBuilder.DropTable(
                name: "MeasureTargets");

            migrationBuilder.DropTable(
                name: "ScorecardSnapshots");

            migrationBuilder.DropTable(
                name: "StrategyVersions");

            migrationBuilder.DropTable(
                name: "DeliveryActions");

            migrationBuilder.RenameIndex(
                name: "IX_ComparisonFigures_AcademicYear_MeasureId_Area",
                table: "ComparisonFigures",
                newName: "IX_AttainmentComparisons_AcademicYear_MeasureId_Area");
            migrationBuilder.RenameTable(name: "ComparisonFigures", newName: "AttainmentComparisons");

        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CoParent.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Strategy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The attainment comparisons became every measure's comparison figures: renamed, so figures already imported stay.
            migrationBuilder.RenameTable(name: "AttainmentComparisons", newName: "ComparisonFigures");
            migrationBuilder.Sql("ALTER TABLE \"ComparisonFigures\" RENAME CONSTRAINT \"PK_AttainmentComparisons\" TO \"PK_ComparisonFigures\";");

            migrationBuilder.CreateTable(
                name: "DeliveryActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Partner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    MeasureId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SuggestedByCicc = table.Column<bool>(type: "boolean", nullable: false),
                    CiccReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CiccComments = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveryActions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeasureTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeasureId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Target = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Tolerance = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    SetBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SetAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureTargets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScorecardSnapshots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    TakenBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    TakenAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScorecardSnapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StrategyVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SavedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SavedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeliveryActionUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeliveryActionId = table.Column<int>(type: "integer", nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    WrittenBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
            migrationBuilder.Sql("ALTER TABLE \"ComparisonFigures\" RENAME CONSTRAINT \"PK_ComparisonFigures\" TO \"PK_AttainmentComparisons\";");
            migrationBuilder.RenameTable(name: "ComparisonFigures", newName: "AttainmentComparisons");

        }
    }
}

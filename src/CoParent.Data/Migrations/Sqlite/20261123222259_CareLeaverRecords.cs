using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoParent.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CareLeaverRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccommodationRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccommodationRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccommodationRecords_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CareLeaverSupport",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    InTouch = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    IsParent = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChildrenAges = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CoGrandparentOffered = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CoGrandparentAccepted = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CouncilTaxExemptFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CouncilTaxExemptTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GuaranteedInterviewOffered = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GuaranteedInterviewUsed = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareLeaverSupport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareLeaverSupport_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EducationEmploymentStatuses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Activity = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ActivelySeekingWork = table.Column<bool>(type: "INTEGER", nullable: true),
                    EmployedByCouncil = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationEmploymentStatuses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EducationEmploymentStatuses_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PathwayPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    NeedsAssessmentDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreedDate = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PathwayPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PathwayPlans_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PathwayPlanReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PathwayPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WhatChanged = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PathwayPlanReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PathwayPlanReviews_PathwayPlans_PathwayPlanId",
                        column: x => x.PathwayPlanId,
                        principalTable: "PathwayPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccommodationRecords_ChildId_From",
                table: "AccommodationRecords",
                columns: new[] { "ChildId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_CareLeaverSupport_ChildId",
                table: "CareLeaverSupport",
                column: "ChildId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EducationEmploymentStatuses_ChildId_From",
                table: "EducationEmploymentStatuses",
                columns: new[] { "ChildId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_PathwayPlanReviews_PathwayPlanId_ReviewDate",
                table: "PathwayPlanReviews",
                columns: new[] { "PathwayPlanId", "ReviewDate" });

            migrationBuilder.CreateIndex(
                name: "IX_PathwayPlans_ChildId",
                table: "PathwayPlans",
                column: "ChildId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccommodationRecords");

            migrationBuilder.DropTable(
                name: "CareLeaverSupport");

            migrationBuilder.DropTable(
                name: "EducationEmploymentStatuses");

            migrationBuilder.DropTable(
                name: "PathwayPlanReviews");

            migrationBuilder.DropTable(
                name: "PathwayPlans");
        }
    }
}

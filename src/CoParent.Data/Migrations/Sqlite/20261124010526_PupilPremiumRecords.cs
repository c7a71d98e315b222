using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CoParent.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PupilPremiumRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PupilPremiumAllocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: true),
                    FinancialYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: true),
                    PepTargetId = table.Column<int>(type: "INTEGER", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CommittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CommittedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ExceptionConfirmedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    SpentAmount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    SpentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SpentOnWhat = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SpendingRecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PupilPremiumAllocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PupilPremiumAllocations_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PupilPremiumAllocations_PepTargets_PepTargetId",
                        column: x => x.PepTargetId,
                        principalTable: "PepTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PupilPremiumAllocations_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PupilPremiumRates",
                columns: table => new
                {
                    FinancialYear = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountPerChild = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PupilPremiumRates", x => x.FinancialYear);
                });

            migrationBuilder.InsertData(
                table: "PupilPremiumRates",
                columns: new[] { "FinancialYear", "AmountPerChild" },
                values: new object[,]
                {
                    { 2023, 2530m },
                    { 2024, 2570m },
                    { 2025, 2630m }
                });

            migrationBuilder.CreateIndex(
                name: "IX_PupilPremiumAllocations_ChildId_FinancialYear",
                table: "PupilPremiumAllocations",
                columns: new[] { "ChildId", "FinancialYear" });

            migrationBuilder.CreateIndex(
                name: "IX_PupilPremiumAllocations_FinancialYear_SchoolId",
                table: "PupilPremiumAllocations",
                columns: new[] { "FinancialYear", "SchoolId" });

            migrationBuilder.CreateIndex(
                name: "IX_PupilPremiumAllocations_PepTargetId",
                table: "PupilPremiumAllocations",
                column: "PepTargetId");

            migrationBuilder.CreateIndex(
                name: "IX_PupilPremiumAllocations_SchoolId",
                table: "PupilPremiumAllocations",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PupilPremiumAllocations");

            migrationBuilder.DropTable(
                name: "PupilPremiumRates");
        }
    }
}

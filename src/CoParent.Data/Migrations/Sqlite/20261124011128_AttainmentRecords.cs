using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoParent.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AttainmentRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AttainmentComparisons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AcademicYear = table.Column<int>(type: "INTEGER", nullable: false),
                    MeasureId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttainmentComparisons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatutoryResults",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    AcademicYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Assessment = table.Column<int>(type: "INTEGER", nullable: false),
                    GoodLevelOfDevelopment = table.Column<bool>(type: "INTEGER", nullable: true),
                    PhonicsScore = table.Column<int>(type: "INTEGER", nullable: true),
                    PhonicsMet = table.Column<bool>(type: "INTEGER", nullable: true),
                    Ks2ReadingExpected = table.Column<bool>(type: "INTEGER", nullable: true),
                    Ks2WritingExpected = table.Column<bool>(type: "INTEGER", nullable: true),
                    Ks2MathsExpected = table.Column<bool>(type: "INTEGER", nullable: true),
                    Ks2RwmExpected = table.Column<bool>(type: "INTEGER", nullable: true),
                    Ks2HighStandard = table.Column<bool>(type: "INTEGER", nullable: true),
                    Attainment8 = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: true),
                    EnglishMathsGrade4 = table.Column<bool>(type: "INTEGER", nullable: true),
                    EnglishMathsGrade5 = table.Column<bool>(type: "INTEGER", nullable: true),
                    Progress8 = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatutoryResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatutoryResults_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TeacherAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    AcademicYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Term = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<int>(type: "INTEGER", nullable: false),
                    Judgement = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeacherAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TeacherAssessments_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AttainmentComparisons_AcademicYear_MeasureId_Area",
                table: "AttainmentComparisons",
                columns: new[] { "AcademicYear", "MeasureId", "Area" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StatutoryResults_AcademicYear_Assessment",
                table: "StatutoryResults",
                columns: new[] { "AcademicYear", "Assessment" });

            migrationBuilder.CreateIndex(
                name: "IX_StatutoryResults_ChildId_AcademicYear_Assessment",
                table: "StatutoryResults",
                columns: new[] { "ChildId", "AcademicYear", "Assessment" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TeacherAssessments_AcademicYear_Term",
                table: "TeacherAssessments",
                columns: new[] { "AcademicYear", "Term" });

            migrationBuilder.CreateIndex(
                name: "IX_TeacherAssessments_ChildId_AcademicYear_Term_Subject",
                table: "TeacherAssessments",
                columns: new[] { "ChildId", "AcademicYear", "Term", "Subject" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AttainmentComparisons");

            migrationBuilder.DropTable(
                name: "StatutoryResults");

            migrationBuilder.DropTable(
                name: "TeacherAssessments");
        }
    }
}

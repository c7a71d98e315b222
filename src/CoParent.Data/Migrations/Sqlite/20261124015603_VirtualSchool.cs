using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CoParent.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VirtualSchool : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SchoolId",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

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
                name: "MissingEducationEpisodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MissingEducationEpisodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MissingEducationEpisodes_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PartTimeTimetables",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HoursPerWeek = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AgreedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartTimeTimetables", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartTimeTimetables_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PepDeadlines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Term = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PepDeadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PersonalEducationPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    AcademicYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Term = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DueBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChildLikes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ChildFindsHard = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ChildWants = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CareContext = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AttainmentNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EnglishProgress = table.Column<int>(type: "INTEGER", nullable: false),
                    MathsProgress = table.Column<int>(type: "INTEGER", nullable: false),
                    ScienceProgress = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportAndInterventions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MeetingAttendees = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    VoiceChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    VoiceChangedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AttainmentChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AttainmentChangedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TargetsChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    TargetsChangedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SupportChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SupportChangedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MeetingChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    MeetingChangedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    QaRating = table.Column<int>(type: "INTEGER", nullable: true),
                    QaFeedback = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    QaItemsMet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    QaBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    QaAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalEducationPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonalEducationPlans_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
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

            migrationBuilder.CreateTable(
                name: "Schools",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Urn = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EstablishmentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Phase = table.Column<int>(type: "INTEGER", nullable: false),
                    LaCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    LaName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    OfstedRating = table.Column<int>(type: "INTEGER", nullable: true),
                    DesignatedTeacherName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DesignatedTeacherEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Schools", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "PepTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonalEducationPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    WhoWillDoIt = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ByWhen = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    PupilPremiumRequested = table.Column<decimal>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PepTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PepTargets_PersonalEducationPlans_PersonalEducationPlanId",
                        column: x => x.PersonalEducationPlanId,
                        principalTable: "PersonalEducationPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PepVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonalEducationPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ByUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PepVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PepVersions_PersonalEducationPlans_PersonalEducationPlanId",
                        column: x => x.PersonalEducationPlanId,
                        principalTable: "PersonalEducationPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AttendanceMarks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Session = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttendanceMarks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AttendanceMarks_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AttendanceMarks_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EducationMoves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromSchoolId = table.Column<int>(type: "INTEGER", nullable: true),
                    ToSchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CausedByPlacementMove = table.Column<bool>(type: "INTEGER", nullable: false),
                    MidYear = table.Column<bool>(type: "INTEGER", nullable: false),
                    DaysOutOfEducation = table.Column<int>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "Exclusions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SessionsLost = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AlternativeProvisionFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Decision = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Exclusions_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Exclusions_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SchoolEnrolments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    YearGroupOverride = table.Column<int>(type: "INTEGER", nullable: true),
                    Sen = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolEnrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolEnrolments_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SchoolEnrolments_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "IX_AttainmentComparisons_AcademicYear_MeasureId_Area",
                table: "AttainmentComparisons",
                columns: new[] { "AcademicYear", "MeasureId", "Area" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceMarks_ChildId_Date_Session",
                table: "AttendanceMarks",
                columns: new[] { "ChildId", "Date", "Session" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceMarks_Date",
                table: "AttendanceMarks",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceMarks_SchoolId",
                table: "AttendanceMarks",
                column: "SchoolId");

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

            migrationBuilder.CreateIndex(
                name: "IX_Exclusions_ChildId_StartDate",
                table: "Exclusions",
                columns: new[] { "ChildId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Exclusions_SchoolId",
                table: "Exclusions",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Exclusions_StartDate",
                table: "Exclusions",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_MissingEducationEpisodes_ChildId_From",
                table: "MissingEducationEpisodes",
                columns: new[] { "ChildId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_ChildId_Kind",
                table: "Notifications",
                columns: new[] { "ChildId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAt",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PartTimeTimetables_ChildId_StartDate",
                table: "PartTimeTimetables",
                columns: new[] { "ChildId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_PepDeadlines_Term",
                table: "PepDeadlines",
                column: "Term",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PepTargets_PersonalEducationPlanId",
                table: "PepTargets",
                column: "PersonalEducationPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PepVersions_PersonalEducationPlanId_Version",
                table: "PepVersions",
                columns: new[] { "PersonalEducationPlanId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonalEducationPlans_ChildId_AcademicYear_Term",
                table: "PersonalEducationPlans",
                columns: new[] { "ChildId", "AcademicYear", "Term" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonalEducationPlans_Status_DueBy",
                table: "PersonalEducationPlans",
                columns: new[] { "Status", "DueBy" });

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

            migrationBuilder.CreateIndex(
                name: "IX_SchoolEnrolments_ChildId_From",
                table: "SchoolEnrolments",
                columns: new[] { "ChildId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_SchoolEnrolments_SchoolId_To",
                table: "SchoolEnrolments",
                columns: new[] { "SchoolId", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_Schools_Urn",
                table: "Schools",
                column: "Urn",
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
                name: "AttendanceMarks");

            migrationBuilder.DropTable(
                name: "EducationMoves");

            migrationBuilder.DropTable(
                name: "Exclusions");

            migrationBuilder.DropTable(
                name: "MissingEducationEpisodes");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "PartTimeTimetables");

            migrationBuilder.DropTable(
                name: "PepDeadlines");

            migrationBuilder.DropTable(
                name: "PepVersions");

            migrationBuilder.DropTable(
                name: "PupilPremiumAllocations");

            migrationBuilder.DropTable(
                name: "PupilPremiumRates");

            migrationBuilder.DropTable(
                name: "SchoolEnrolments");

            migrationBuilder.DropTable(
                name: "StatutoryResults");

            migrationBuilder.DropTable(
                name: "TeacherAssessments");

            migrationBuilder.DropTable(
                name: "PepTargets");

            migrationBuilder.DropTable(
                name: "Schools");

            migrationBuilder.DropTable(
                name: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "SchoolId",
                table: "AspNetUsers");
        }
    }
}

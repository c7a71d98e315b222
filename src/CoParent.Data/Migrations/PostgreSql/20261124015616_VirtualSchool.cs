using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CoParent.Data.Migrations.PostgreSql
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
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AttainmentComparisons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AcademicYear = table.Column<int>(type: "integer", nullable: false),
                    MeasureId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Area = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttainmentComparisons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MissingEducationEpisodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<int>(type: "integer", nullable: false),
                    Notes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ChildId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Link = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    HoursPerWeek = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AgreedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Term = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Day = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PepDeadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PersonalEducationPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    AcademicYear = table.Column<int>(type: "integer", nullable: false),
                    Term = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DueBy = table.Column<DateOnly>(type: "date", nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ChildLikes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ChildFindsHard = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ChildWants = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CareContext = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AttainmentNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EnglishProgress = table.Column<int>(type: "integer", nullable: false),
                    MathsProgress = table.Column<int>(type: "integer", nullable: false),
                    ScienceProgress = table.Column<int>(type: "integer", nullable: false),
                    SupportAndInterventions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    MeetingAttendees = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    VoiceChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    VoiceChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AttainmentChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AttainmentChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TargetsChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    TargetsChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SupportChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SupportChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MeetingChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    MeetingChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    QaRating = table.Column<int>(type: "integer", nullable: true),
                    QaFeedback = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    QaItemsMet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    QaBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    QaAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    FinancialYear = table.Column<int>(type: "integer", nullable: false),
                    AmountPerChild = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PupilPremiumRates", x => x.FinancialYear);
                });

            migrationBuilder.CreateTable(
                name: "Schools",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Urn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EstablishmentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Phase = table.Column<int>(type: "integer", nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    LaName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Postcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    OfstedRating = table.Column<int>(type: "integer", nullable: true),
                    DesignatedTeacherName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DesignatedTeacherEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Schools", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatutoryResults",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    AcademicYear = table.Column<int>(type: "integer", nullable: false),
                    Assessment = table.Column<int>(type: "integer", nullable: false),
                    GoodLevelOfDevelopment = table.Column<bool>(type: "boolean", nullable: true),
                    PhonicsScore = table.Column<int>(type: "integer", nullable: true),
                    PhonicsMet = table.Column<bool>(type: "boolean", nullable: true),
                    Ks2ReadingExpected = table.Column<bool>(type: "boolean", nullable: true),
                    Ks2WritingExpected = table.Column<bool>(type: "boolean", nullable: true),
                    Ks2MathsExpected = table.Column<bool>(type: "boolean", nullable: true),
                    Ks2RwmExpected = table.Column<bool>(type: "boolean", nullable: true),
                    Ks2HighStandard = table.Column<bool>(type: "boolean", nullable: true),
                    Attainment8 = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: true),
                    EnglishMathsGrade4 = table.Column<bool>(type: "boolean", nullable: true),
                    EnglishMathsGrade5 = table.Column<bool>(type: "boolean", nullable: true),
                    Progress8 = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    AcademicYear = table.Column<int>(type: "integer", nullable: false),
                    Term = table.Column<int>(type: "integer", nullable: false),
                    Subject = table.Column<int>(type: "integer", nullable: false),
                    Judgement = table.Column<int>(type: "integer", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonalEducationPlanId = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    WhoWillDoIt = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ByWhen = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    PupilPremiumRequested = table.Column<decimal>(type: "numeric", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonalEducationPlanId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false),
                    ByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ByUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Session = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "Exclusions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SessionsLost = table.Column<int>(type: "integer", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    AlternativeProvisionFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    Decision = table.Column<int>(type: "integer", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    YearGroupOverride = table.Column<int>(type: "integer", nullable: true),
                    Sen = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: true),
                    FinancialYear = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: true),
                    PepTargetId = table.Column<int>(type: "integer", nullable: true),
                    Purpose = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CommittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CommittedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ExceptionConfirmedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    SpentAmount = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    SpentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SpentOnWhat = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SpendingRecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
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

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoParent.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutcomeRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ConversationDeclined",
                table: "MissingEpisodes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ConversationFindings",
                table: "MissingEpisodes",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConversationHeldBy",
                table: "MissingEpisodes",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConversationHeldOn",
                table: "MissingEpisodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "ConversationHeldTime",
                table: "MissingEpisodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConversationOfferedOn",
                table: "MissingEpisodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "ConversationOfferedTime",
                table: "MissingEpisodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "EndTime",
                table: "MissingEpisodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ExploitationConcern",
                table: "MissingEpisodes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReportedToPolice",
                table: "MissingEpisodes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "StartTime",
                table: "MissingEpisodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WhereFound",
                table: "MissingEpisodes",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Attendees",
                table: "ChildReviews",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ChairedByUserId",
                table: "ChildReviews",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextReviewBy",
                table: "ChildReviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CarerHouseholdId",
                table: "CareEpisodes",
                type: "INTEGER",
                nullable: true);

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
                name: "AdvocacyReferrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReferredBy = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdvocacyReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdvocacyReferrals_Children_ChildId",
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
                name: "CarerHouseholds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    PlaceProvider = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Ethnicity = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    SecondEthnicity = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    Religion = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarerHouseholds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DecisionMakerMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    With = table.Column<int>(type: "INTEGER", nullable: false),
                    WithOther = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChildrenTookPart = table.Column<int>(type: "INTEGER", nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionMakerMeetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DentalChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DentalChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DentalChecks_Children_ChildId",
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
                name: "ExploitationRiskAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExploitationRiskAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExploitationRiskAssessments_Children_ChildId",
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
                name: "HealthAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HeldBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HealthAssessments_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HealthPassports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Contents = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherContents = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthPassports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HealthPassports_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImmunisationChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UpToDate = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImmunisationChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImmunisationChecks_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LaterLifeLetters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    Written = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WrittenBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Given = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GivenTo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    Agreed = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastReviewed = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    Started = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Completed = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastReviewed = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Feeling = table.Column<int>(type: "INTEGER", nullable: true),
                    InTheirWords = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
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
                name: "SdqAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TotalScore = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedBy = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SdqAssessments", x => x.Id);
                    table.CheckConstraint("CK_SdqAssessments_TotalScore", "\"TotalScore\" BETWEEN 0 AND 40");
                    table.ForeignKey(
                        name: "FK_SdqAssessments_Children_ChildId",
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

            migrationBuilder.CreateTable(
                name: "Surveys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Introduction = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Opens = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Closes = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Surveys", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "SurveyInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeBand = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    UsedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Scale = table.Column<int>(type: "INTEGER", nullable: false),
                    StandardKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyQuestions_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AgeBand = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_SurveyQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "SurveyQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_SurveyResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MissingEpisodes_End",
                table: "MissingEpisodes",
                column: "End");

            migrationBuilder.CreateIndex(
                name: "IX_CareEpisodes_CarerHouseholdId",
                table: "CareEpisodes",
                column: "CarerHouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_AccommodationRecords_ChildId_From",
                table: "AccommodationRecords",
                columns: new[] { "ChildId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyReferrals_ChildId",
                table: "AdvocacyReferrals",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyReferrals_ReferredOn",
                table: "AdvocacyReferrals",
                column: "ReferredOn");

            migrationBuilder.CreateIndex(
                name: "IX_CareLeaverSupport_ChildId",
                table: "CareLeaverSupport",
                column: "ChildId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CarePlans_ChildId_AgreedOn",
                table: "CarePlans",
                columns: new[] { "ChildId", "AgreedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CarePlans_ReviewBy",
                table: "CarePlans",
                column: "ReviewBy");

            migrationBuilder.CreateIndex(
                name: "IX_CarerHouseholds_Name",
                table: "CarerHouseholds",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionMakerMeetings_HeldOn",
                table: "DecisionMakerMeetings",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_DentalChecks_ChildId_CheckedOn",
                table: "DentalChecks",
                columns: new[] { "ChildId", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EducationEmploymentStatuses_ChildId_From",
                table: "EducationEmploymentStatuses",
                columns: new[] { "ChildId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_ExploitationRiskAssessments_ChildId_AssessedOn",
                table: "ExploitationRiskAssessments",
                columns: new[] { "ChildId", "AssessedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyTimeArrangements_ChildId_To",
                table: "FamilyTimeArrangements",
                columns: new[] { "ChildId", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_HealthAssessments_ChildId_HeldOn",
                table: "HealthAssessments",
                columns: new[] { "ChildId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_HealthPassports_ChildId_GivenOn",
                table: "HealthPassports",
                columns: new[] { "ChildId", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ImmunisationChecks_ChildId_CheckedOn",
                table: "ImmunisationChecks",
                columns: new[] { "ChildId", "CheckedOn" });

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

            migrationBuilder.CreateIndex(
                name: "IX_PathwayPlanReviews_PathwayPlanId_ReviewDate",
                table: "PathwayPlanReviews",
                columns: new[] { "PathwayPlanId", "ReviewDate" });

            migrationBuilder.CreateIndex(
                name: "IX_PathwayPlans_ChildId",
                table: "PathwayPlans",
                column: "ChildId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PermanencePlans_AchievedOn",
                table: "PermanencePlans",
                column: "AchievedOn");

            migrationBuilder.CreateIndex(
                name: "IX_PermanencePlans_ChildId_SetOn",
                table: "PermanencePlans",
                columns: new[] { "ChildId", "SetOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SdqAssessments_ChildId_CompletedOn",
                table: "SdqAssessments",
                columns: new[] { "ChildId", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SiblingLinks_ChildId_SiblingId",
                table: "SiblingLinks",
                columns: new[] { "ChildId", "SiblingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SiblingLinks_SiblingId",
                table: "SiblingLinks",
                column: "SiblingId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_QuestionId",
                table: "SurveyAnswers",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_ResponseId",
                table: "SurveyAnswers",
                column: "ResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_ChildId",
                table: "SurveyInvitations",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_Code",
                table: "SurveyInvitations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_SurveyId_ChildId",
                table: "SurveyInvitations",
                columns: new[] { "SurveyId", "ChildId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyQuestions_SurveyId_Order",
                table: "SurveyQuestions",
                columns: new[] { "SurveyId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SurveyId",
                table: "SurveyResponses",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_Closes",
                table: "Surveys",
                column: "Closes");

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
                name: "AccommodationRecords");

            migrationBuilder.DropTable(
                name: "AdvocacyReferrals");

            migrationBuilder.DropTable(
                name: "CareLeaverSupport");

            migrationBuilder.DropTable(
                name: "CarePlans");

            migrationBuilder.DropTable(
                name: "CarerHouseholds");

            migrationBuilder.DropTable(
                name: "DecisionMakerMeetings");

            migrationBuilder.DropTable(
                name: "DentalChecks");

            migrationBuilder.DropTable(
                name: "EducationEmploymentStatuses");

            migrationBuilder.DropTable(
                name: "ExploitationRiskAssessments");

            migrationBuilder.DropTable(
                name: "FamilyTimeArrangements");

            migrationBuilder.DropTable(
                name: "HealthAssessments");

            migrationBuilder.DropTable(
                name: "HealthPassports");

            migrationBuilder.DropTable(
                name: "ImmunisationChecks");

            migrationBuilder.DropTable(
                name: "LaterLifeLetters");

            migrationBuilder.DropTable(
                name: "LifePlans");

            migrationBuilder.DropTable(
                name: "LifeStoryWork");

            migrationBuilder.DropTable(
                name: "PathwayPlanReviews");

            migrationBuilder.DropTable(
                name: "PermanencePlans");

            migrationBuilder.DropTable(
                name: "SdqAssessments");

            migrationBuilder.DropTable(
                name: "SiblingLinks");

            migrationBuilder.DropTable(
                name: "SurveyAnswers");

            migrationBuilder.DropTable(
                name: "SurveyInvitations");

            migrationBuilder.DropTable(
                name: "PathwayPlans");

            migrationBuilder.DropTable(
                name: "SurveyQuestions");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "Surveys");

            migrationBuilder.DropIndex(
                name: "IX_MissingEpisodes_End",
                table: "MissingEpisodes");

            migrationBuilder.DropIndex(
                name: "IX_CareEpisodes_CarerHouseholdId",
                table: "CareEpisodes");

            migrationBuilder.DropColumn(
                name: "ConversationDeclined",
                table: "MissingEpisodes");

            migrationBuilder.DropColumn(
                name: "ConversationFindings",
                table: "MissingEpisodes");

            migrationBuilder.DropColumn(
                name: "ConversationHeldBy",
                table: "MissingEpisodes");

            migrationBuilder.DropColumn(
                name: "ConversationHeldOn",
                table: "MissingEpisodes");

            migrationBuilder.DropColumn(
                name: "ConversationHeldTime",
                table: "MissingEpisodes");

            migrationBuilder.DropColumn(
                name: "ConversationOfferedOn",
                table: "MissingEpisodes");

            migrationBuilder.DropColumn(
                name: "ConversationOfferedTime",
                table: "MissingEpisodes");

            migrationBuilder.DropColumn(
                name: "EndTime",
                table: "MissingEpisodes");

            migrationBuilder.DropColumn(
                name: "ExploitationConcern",
                table: "MissingEpisodes");

            migrationBuilder.DropColumn(
                name: "ReportedToPolice",
                table: "MissingEpisodes");

            migrationBuilder.DropColumn(
                name: "StartTime",
                table: "MissingEpisodes");

            migrationBuilder.DropColumn(
                name: "WhereFound",
                table: "MissingEpisodes");

            migrationBuilder.DropColumn(
                name: "Attendees",
                table: "ChildReviews");

            migrationBuilder.DropColumn(
                name: "ChairedByUserId",
                table: "ChildReviews");

            migrationBuilder.DropColumn(
                name: "NextReviewBy",
                table: "ChildReviews");

            migrationBuilder.DropColumn(
                name: "CarerHouseholdId",
                table: "CareEpisodes");
        }
    }
}

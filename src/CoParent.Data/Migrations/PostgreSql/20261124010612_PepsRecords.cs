using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CoParent.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PepsRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedAt",
                table: "PersonalEducationPlans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AttainmentChangedAt",
                table: "PersonalEducationPlans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttainmentChangedBy",
                table: "PersonalEducationPlans",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttainmentNotes",
                table: "PersonalEducationPlans",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CareContext",
                table: "PersonalEducationPlans",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChildFindsHard",
                table: "PersonalEducationPlans",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChildLikes",
                table: "PersonalEducationPlans",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChildWants",
                table: "PersonalEducationPlans",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "PersonalEducationPlans",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "EnglishProgress",
                table: "PersonalEducationPlans",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MathsProgress",
                table: "PersonalEducationPlans",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "MeetingAttendees",
                table: "PersonalEducationPlans",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "MeetingChangedAt",
                table: "PersonalEducationPlans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MeetingChangedBy",
                table: "PersonalEducationPlans",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "QaAt",
                table: "PersonalEducationPlans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "QaBy",
                table: "PersonalEducationPlans",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "QaFeedback",
                table: "PersonalEducationPlans",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "QaItemsMet",
                table: "PersonalEducationPlans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "QaRating",
                table: "PersonalEducationPlans",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnReason",
                table: "PersonalEducationPlans",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ScienceProgress",
                table: "PersonalEducationPlans",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAt",
                table: "PersonalEducationPlans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupportAndInterventions",
                table: "PersonalEducationPlans",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SupportChangedAt",
                table: "PersonalEducationPlans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupportChangedBy",
                table: "PersonalEducationPlans",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TargetsChangedAt",
                table: "PersonalEducationPlans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetsChangedBy",
                table: "PersonalEducationPlans",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VoiceChangedAt",
                table: "PersonalEducationPlans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoiceChangedBy",
                table: "PersonalEducationPlans",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_PepDeadlines_Term",
                table: "PepDeadlines",
                column: "Term",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PepVersions_PersonalEducationPlanId_Version",
                table: "PepVersions",
                columns: new[] { "PersonalEducationPlanId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PepDeadlines");

            migrationBuilder.DropTable(
                name: "PepVersions");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "AttainmentChangedAt",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "AttainmentChangedBy",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "AttainmentNotes",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "CareContext",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "ChildFindsHard",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "ChildLikes",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "ChildWants",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "EnglishProgress",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "MathsProgress",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "MeetingAttendees",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "MeetingChangedAt",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "MeetingChangedBy",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "QaAt",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "QaBy",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "QaFeedback",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "QaItemsMet",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "QaRating",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "ReturnReason",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "ScienceProgress",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "SupportAndInterventions",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "SupportChangedAt",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "SupportChangedBy",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "TargetsChangedAt",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "TargetsChangedBy",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "VoiceChangedAt",
                table: "PersonalEducationPlans");

            migrationBuilder.DropColumn(
                name: "VoiceChangedBy",
                table: "PersonalEducationPlans");
        }
    }
}

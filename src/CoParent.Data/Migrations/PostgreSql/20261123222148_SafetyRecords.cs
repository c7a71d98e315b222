using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CoParent.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SafetyRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ConversationDeclined",
                table: "MissingEpisodes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ConversationFindings",
                table: "MissingEpisodes",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConversationHeldBy",
                table: "MissingEpisodes",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConversationHeldOn",
                table: "MissingEpisodes",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "ConversationHeldTime",
                table: "MissingEpisodes",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConversationOfferedOn",
                table: "MissingEpisodes",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "ConversationOfferedTime",
                table: "MissingEpisodes",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "EndTime",
                table: "MissingEpisodes",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ExploitationConcern",
                table: "MissingEpisodes",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReportedToPolice",
                table: "MissingEpisodes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "StartTime",
                table: "MissingEpisodes",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WhereFound",
                table: "MissingEpisodes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExploitationRiskAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    AssessedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_MissingEpisodes_End",
                table: "MissingEpisodes",
                column: "End");

            migrationBuilder.CreateIndex(
                name: "IX_ExploitationRiskAssessments_ChildId_AssessedOn",
                table: "ExploitationRiskAssessments",
                columns: new[] { "ChildId", "AssessedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExploitationRiskAssessments");

            migrationBuilder.DropIndex(
                name: "IX_MissingEpisodes_End",
                table: "MissingEpisodes");

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
        }
    }
}

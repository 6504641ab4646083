using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Manifests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ManifestId",
                table: "Parcels",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Manifests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CarrierCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OpenedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OpenedAt = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ClosedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ParcelCount = table.Column<int>(type: "integer", nullable: false),
                    TotalWeightGrams = table.Column<int>(type: "integer", nullable: false),
                    HandoverAttempts = table.Column<int>(type: "integer", nullable: false),
                    NextHandoverUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HandoverLeaseUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HandoverProblem = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    HandedOverUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CarrierReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    HandoverPdf = table.Column<byte[]>(type: "bytea", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Manifests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_ManifestId",
                table: "Parcels",
                column: "ManifestId");

            migrationBuilder.CreateIndex(
                name: "IX_Manifests_CarrierCode",
                table: "Manifests",
                column: "CarrierCode",
                unique: true,
                filter: "\"State\" = 'Open'");

            migrationBuilder.CreateIndex(
                name: "IX_Manifests_ClosedUtc",
                table: "Manifests",
                column: "ClosedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Manifests_Number",
                table: "Manifests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Manifests_State_NextHandoverUtc",
                table: "Manifests",
                columns: new[] { "State", "NextHandoverUtc" });

            migrationBuilder.AddForeignKey(
                name: "FK_Parcels_Manifests_ManifestId",
                table: "Parcels",
                column: "ManifestId",
                principalTable: "Manifests",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Parcels_Manifests_ManifestId",
                table: "Parcels");

            migrationBuilder.DropTable(
                name: "Manifests");

            migrationBuilder.DropIndex(
                name: "IX_Parcels_ManifestId",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "ManifestId",
                table: "Parcels");
        }
    }
}

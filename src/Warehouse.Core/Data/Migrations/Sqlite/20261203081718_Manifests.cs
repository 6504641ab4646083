using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Manifests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CarrierCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OpenedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ParcelCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalWeightGrams = table.Column<int>(type: "INTEGER", nullable: false),
                    HandoverAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextHandoverUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HandoverLeaseUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HandoverProblem = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HandedOverUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CarrierReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    HandoverPdf = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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

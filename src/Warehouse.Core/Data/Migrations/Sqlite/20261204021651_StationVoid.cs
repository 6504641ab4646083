using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StationVoid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "VoidApprovedById",
                table: "Stations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VoidAskedUtc",
                table: "Stations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoidCarrierCode",
                table: "Stations",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stations_VoidApprovedById",
                table: "Stations",
                column: "VoidApprovedById");

            migrationBuilder.AddForeignKey(
                name: "FK_Stations_Operators_VoidApprovedById",
                table: "Stations",
                column: "VoidApprovedById",
                principalTable: "Operators",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Stations_Operators_VoidApprovedById",
                table: "Stations");

            migrationBuilder.DropIndex(
                name: "IX_Stations_VoidApprovedById",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "VoidApprovedById",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "VoidAskedUtc",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "VoidCarrierCode",
                table: "Stations");
        }
    }
}

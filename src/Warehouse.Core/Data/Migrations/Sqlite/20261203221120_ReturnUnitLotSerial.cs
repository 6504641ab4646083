using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReturnUnitLotSerial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Expiry",
                table: "ReturnUnits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Lot",
                table: "ReturnUnits",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Serial",
                table: "ReturnUnits",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Trace",
                table: "ReturnUnits",
                type: "TEXT",
                maxLength: 12,
                nullable: false,
                // Units inspected before the check existed had nothing checked.
                defaultValue: "None");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Expiry",
                table: "ReturnUnits");

            migrationBuilder.DropColumn(
                name: "Lot",
                table: "ReturnUnits");

            migrationBuilder.DropColumn(
                name: "Serial",
                table: "ReturnUnits");

            migrationBuilder.DropColumn(
                name: "Trace",
                table: "ReturnUnits");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StationDevices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AgentSecretHash",
                table: "Stations",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Devices_Connection",
                table: "Stations",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<decimal>(
                name: "Devices_LabelHeightInches",
                table: "Stations",
                type: "numeric(4,2)",
                precision: 4,
                scale: 2,
                nullable: false,
                defaultValue: 6m);

            migrationBuilder.AddColumn<decimal>(
                name: "Devices_LabelWidthInches",
                table: "Stations",
                type: "numeric(4,2)",
                precision: 4,
                scale: 2,
                nullable: false,
                defaultValue: 4m);

            migrationBuilder.AddColumn<string>(
                name: "Devices_PrinterAddress",
                table: "Stations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Devices_PrinterDpi",
                table: "Stations",
                type: "integer",
                nullable: false,
                defaultValue: 203);

            migrationBuilder.AddColumn<string>(
                name: "Devices_ScalePath",
                table: "Stations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Devices_ScaleProtocol",
                table: "Stations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "mt-sics");

            migrationBuilder.AddColumn<string>(
                name: "Devices_ScaleUnit",
                table: "Stations",
                type: "character varying(4)",
                maxLength: 4,
                nullable: false,
                defaultValue: "kg");

            migrationBuilder.AddColumn<string>(
                name: "Devices_ScannerPath",
                table: "Stations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Devices_ScannerSuffix",
                table: "Stations",
                type: "character varying(4)",
                maxLength: 4,
                nullable: false,
                defaultValue: "cr");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AgentSecretHash",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "Devices_Connection",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "Devices_LabelHeightInches",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "Devices_LabelWidthInches",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "Devices_PrinterAddress",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "Devices_PrinterDpi",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "Devices_ScalePath",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "Devices_ScaleProtocol",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "Devices_ScaleUnit",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "Devices_ScannerPath",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "Devices_ScannerSuffix",
                table: "Stations");
        }
    }
}

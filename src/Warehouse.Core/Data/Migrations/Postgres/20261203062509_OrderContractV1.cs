using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrderContractV1 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Brand",
                table: "Orders",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CashOnDeliveryMinor",
                table: "Orders",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Currency",
                table: "Orders",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "PLN");

            migrationBuilder.AddColumn<long>(
                name: "DeliveryPaidMinor",
                table: "Orders",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EcoPackaging",
                table: "Orders",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Gift",
                table: "Orders",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "GiftNote",
                table: "Orders",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Orders",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "pl");

            migrationBuilder.AddColumn<bool>(
                name: "MarketingConsent",
                table: "Orders",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PickupPoint",
                table: "Orders",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UnitPriceMinor",
                table: "OrderLines",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Brand",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "CashOnDeliveryMinor",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Currency",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "DeliveryPaidMinor",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "EcoPackaging",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Gift",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "GiftNote",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "MarketingConsent",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "PickupPoint",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "UnitPriceMinor",
                table: "OrderLines");
        }
    }
}

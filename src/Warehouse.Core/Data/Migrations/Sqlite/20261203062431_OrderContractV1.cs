using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CashOnDeliveryMinor",
                table: "Orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Currency",
                table: "Orders",
                type: "TEXT",
                maxLength: 3,
                nullable: false,
                defaultValue: "PLN");

            migrationBuilder.AddColumn<long>(
                name: "DeliveryPaidMinor",
                table: "Orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EcoPackaging",
                table: "Orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Gift",
                table: "Orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "GiftNote",
                table: "Orders",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Orders",
                type: "TEXT",
                maxLength: 2,
                nullable: false,
                defaultValue: "pl");

            migrationBuilder.AddColumn<bool>(
                name: "MarketingConsent",
                table: "Orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PickupPoint",
                table: "Orders",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UnitPriceMinor",
                table: "OrderLines",
                type: "INTEGER",
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

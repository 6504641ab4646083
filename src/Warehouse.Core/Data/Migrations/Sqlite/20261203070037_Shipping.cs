using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Shipping : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Pdf",
                table: "PrintJobs",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "TrackingNumber",
                table: "Parcels",
                type: "TEXT",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 40);

            migrationBuilder.AddColumn<string>(
                name: "CarrierCode",
                table: "Parcels",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CarrierProblem",
                table: "Parcels",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CarrierRefused",
                table: "Parcels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<byte[]>(
                name: "LabelPdf",
                table: "Parcels",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseUntilUtc",
                table: "Parcels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LockerSize",
                table: "Parcels",
                type: "TEXT",
                maxLength: 1,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextAttemptUtc",
                table: "Parcels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Outer_HeightMm",
                table: "Parcels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Outer_LengthMm",
                table: "Parcels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Outer_WidthMm",
                table: "Parcels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ParcelCount",
                table: "Parcels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "ParcelNumber",
                table: "Parcels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "PickupPoint",
                table: "Parcels",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ServiceCode",
                table: "Parcels",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "ShipmentAttempts",
                table: "Parcels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Parcels",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Labelled");

            migrationBuilder.AddColumn<DateTime>(
                name: "StatusUtc",
                table: "Parcels",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Parcels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Parcels packed before shipping had their (sandbox) label at once: labelled when packed.
            migrationBuilder.Sql("UPDATE \"Parcels\" SET \"StatusUtc\" = \"PackedUtc\", \"CarrierCode\" = 'SANDBOX', \"ServiceCode\" = '';");

            migrationBuilder.CreateTable(
                name: "CarrierWebhookReceipts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CarrierCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ReceivedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarrierWebhookReceipts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ParcelEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParcelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParcelEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParcelEvents_Parcels_ParcelId",
                        column: x => x.ParcelId,
                        principalTable: "Parcels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_Status_NextAttemptUtc",
                table: "Parcels",
                columns: new[] { "Status", "NextAttemptUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CarrierWebhookReceipts_CarrierCode_Signature",
                table: "CarrierWebhookReceipts",
                columns: new[] { "CarrierCode", "Signature" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CarrierWebhookReceipts_ReceivedUtc",
                table: "CarrierWebhookReceipts",
                column: "ReceivedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ParcelEvents_ParcelId_Id",
                table: "ParcelEvents",
                columns: new[] { "ParcelId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CarrierWebhookReceipts");

            migrationBuilder.DropTable(
                name: "ParcelEvents");

            migrationBuilder.DropIndex(
                name: "IX_Parcels_Status_NextAttemptUtc",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "Pdf",
                table: "PrintJobs");

            migrationBuilder.DropColumn(
                name: "CarrierCode",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "CarrierProblem",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "CarrierRefused",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "LabelPdf",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "LeaseUntilUtc",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "LockerSize",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "NextAttemptUtc",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "Outer_HeightMm",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "Outer_LengthMm",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "Outer_WidthMm",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "ParcelCount",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "ParcelNumber",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "PickupPoint",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "ServiceCode",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "ShipmentAttempts",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "StatusUtc",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Parcels");

            migrationBuilder.AlterColumn<string>(
                name: "TrackingNumber",
                table: "Parcels",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 40,
                oldNullable: true);
        }
    }
}

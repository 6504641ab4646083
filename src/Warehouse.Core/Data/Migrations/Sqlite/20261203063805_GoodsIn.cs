using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GoodsIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "InHand",
                table: "PutBackTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Returned",
                table: "PutBackTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Deliveries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Supplier = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Blind = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpectedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GoodsInDesks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StationCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Confirm = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    PutBackTote = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoodsInDesks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeliveryLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeliveryId = table.Column<int>(type: "INTEGER", nullable: false),
                    SkuId = table.Column<int>(type: "INTEGER", nullable: false),
                    Lot = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Expiry = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Expected = table.Column<int>(type: "INTEGER", nullable: false),
                    Received = table.Column<int>(type: "INTEGER", nullable: false),
                    OverConfirmed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveryLines", x => x.Id);
                    table.CheckConstraint("CK_DeliveryLines_Counts", "\"Expected\" >= 0 AND \"Received\" >= 0");
                    table.ForeignKey(
                        name: "FK_DeliveryLines_Deliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "Deliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeliveryLines_Skus_SkuId",
                        column: x => x.SkuId,
                        principalTable: "Skus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReceivedUnits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeliveryId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeliveryLineId = table.Column<int>(type: "INTEGER", nullable: false),
                    SkuId = table.Column<int>(type: "INTEGER", nullable: false),
                    Lot = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Expiry = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Serial = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    StationCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OperatorId = table.Column<int>(type: "INTEGER", nullable: true),
                    ScannedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LocationCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    StoredUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivedUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceivedUnits_Deliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "Deliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceivedUnits_DeliveryLines_DeliveryLineId",
                        column: x => x.DeliveryLineId,
                        principalTable: "DeliveryLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_Number",
                table: "Deliveries",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_State",
                table: "Deliveries",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryLines_DeliveryId_SkuId_Lot",
                table: "DeliveryLines",
                columns: new[] { "DeliveryId", "SkuId", "Lot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryLines_SkuId",
                table: "DeliveryLines",
                column: "SkuId");

            migrationBuilder.CreateIndex(
                name: "IX_GoodsInDesks_PutBackTote",
                table: "GoodsInDesks",
                column: "PutBackTote",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GoodsInDesks_StationCode",
                table: "GoodsInDesks",
                column: "StationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedUnits_DeliveryId_StationCode_LocationCode",
                table: "ReceivedUnits",
                columns: new[] { "DeliveryId", "StationCode", "LocationCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedUnits_DeliveryLineId",
                table: "ReceivedUnits",
                column: "DeliveryLineId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedUnits_SkuId_Serial",
                table: "ReceivedUnits",
                columns: new[] { "SkuId", "Serial" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GoodsInDesks");

            migrationBuilder.DropTable(
                name: "ReceivedUnits");

            migrationBuilder.DropTable(
                name: "DeliveryLines");

            migrationBuilder.DropTable(
                name: "Deliveries");

            migrationBuilder.DropColumn(
                name: "InHand",
                table: "PutBackTasks");

            migrationBuilder.DropColumn(
                name: "Returned",
                table: "PutBackTasks");
        }
    }
}

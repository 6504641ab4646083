using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderHolds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Holds",
                table: "Orders",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "None");

            // A hold used to be a status: it becomes the shop's hold reason, and the order stands where
            // a hold could have caught it (claimed by a station: packing; otherwise ready).
            migrationBuilder.Sql("""
                UPDATE "Orders" SET "Holds" = 'Shop',
                    "Status" = CASE WHEN "ClaimedByStation" IS NULL THEN 'Ready' ELSE 'Packing' END
                WHERE "Status" = 'OnHold'
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""UPDATE "Orders" SET "Status" = 'OnHold' WHERE "Holds" <> 'None' AND "Status" <> 'Cancelled'""");
            migrationBuilder.DropColumn(
                name: "Holds",
                table: "Orders");
        }
    }
}

using System.ComponentModel.DataAnnotations;
using Warehouse.Core.Picking;

namespace Warehouse.Core.Tests.Picking.Handheld;

public sealed class GroupSeparatorStandIn_OutsideGs1
{
    // GS1's 82-character set (General Specifications, figure 7.11-1) and AI 8010's 39-character set.
    private const string Gs1Characters = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz#";

    [Fact]
    public void No_allowed_stand_in_can_appear_in_a_GS1_value_or_start_an_AIM_prefix()
    {
        Assert.All(Gs1StandIn.Allowed, c => Assert.DoesNotContain(c, Gs1Characters + "]"));
        Assert.True(Gs1StandIn.IsAllowed(new PickingOptions().GroupSeparatorStandIn));
    }

    [Theory]
    [InlineData('~', true)]
    [InlineData('|', true)]
    [InlineData('#', false)]
    [InlineData('(', false)]
    [InlineData('A', false)]
    public void The_options_check_refuses_a_stand_in_GS1_data_could_hold(char standIn, bool valid)
    {
        var options = new PickingOptions { GroupSeparatorStandIn = standIn };
        var results = new List<ValidationResult>();
        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
    }
}

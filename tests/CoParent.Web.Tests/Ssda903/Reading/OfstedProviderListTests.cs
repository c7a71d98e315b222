using System.Text;
using CoParent.Data.Ssda903;

namespace CoParent.Web.Tests.Ssda903.Reading;

public sealed class OfstedProviderListTests
{
    private static OfstedProviderList Read(string csv) => OfstedProviderList.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

    [Fact]
    public void FullList_ReadsEveryColumn()
    {
        var list = Read("URN,Provider type,Postcode,Registration date,Closure date,Local authority,Sector\n" +
                        "SC123456,Children's home,CM1 1NU,01/02/2015,31/12/2026,Essex,Private\n");

        var provider = list.Find("sc123456")!;

        // Ofsted's words become the codes the URN rules compare (OfstedProviderCodes).
        Assert.Equal("K2", provider.ProviderType);
        Assert.Equal("CM1 1NU", provider.Postcode);
        Assert.Equal(new DateOnly(2015, 2, 1), provider.RegisteredOn);
        Assert.Equal(new DateOnly(2026, 12, 31), provider.ClosedOn);
        Assert.Equal(("Essex", "PR4"), (provider.LocalAuthority, provider.Sector));
    }

    [Fact]
    public void OptionalColumnsMissing_AreNull()
    {
        var list = Read("urn,provider_type\n1234567,Voluntary adoption agency\n");

        var provider = list.Find("1234567")!;

        Assert.Equal("A3 A4 A5 A6", provider.ProviderType);
        Assert.Equal((null, null, null), (provider.Postcode, provider.RegisteredOn, provider.ClosedOn));
        Assert.Null(list.Find("7654321"));
    }

    [Fact]
    public void ListWithoutUrn_SaysSo()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read("Name,Postcode\nA home,CM1 1NU\n"));

        Assert.Contains("no URN column", error.Message);
    }
}

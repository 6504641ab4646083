using System.Xml.Linq;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Pocztex.Live.PocztexTrackingProtocol;

namespace Warehouse.Core.Shipping.Carriers.Pocztex.Live;

/// <summary>
/// sprawdzPrzesylke for one number, signed with a WS-Security UsernameToken (Username, Password as text) in the
/// Header, as the tracking service's manual and its clients send it. Built as a tree, so a number with markup in
/// it goes as text and the user's name and password cannot break the header.
/// </summary>
public static class PocztexTrackingEnvelope
{
    public static string Check(string number, PocztexTrackingAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var password = CarrierXml.Text(Security + "Password", account.Password);
        password.SetAttributeValue("Type", PasswordText);
        var envelope = new XElement(CarrierSoap.Soap + "Envelope",
            new XAttribute(XNamespace.Xmlns + "soapenv", CarrierSoap.Soap),
            new XAttribute(XNamespace.Xmlns + "sled", Service),
            new XAttribute(XNamespace.Xmlns + "wsse", Security),
            new XElement(CarrierSoap.Soap + "Header",
                new XElement(Security + "Security",
                    new XAttribute(CarrierSoap.Soap + "mustUnderstand", "1"),
                    new XElement(Security + "UsernameToken",
                        CarrierXml.Text(Security + "Username", account.Login),
                        password))),
            new XElement(CarrierSoap.Soap + "Body",
                new XElement(Service + CheckParcel, CarrierXml.Text(Service + "numer", number))));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + envelope.ToString(SaveOptions.DisableFormatting);
    }
}

using CoParent.Core.Children;

namespace CoParent.Core.Voice;

public enum ReferredBy
{
    Child = 0,
    SocialWorker = 1,
    Iro = 2,
    Carer = 3,
    Other = 4,
}

/// <summary>A referral to an independent advocate, who helps the child say what they want and be heard.</summary>
public class AdvocacyReferral
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    public DateOnly ReferredOn { get; set; }
    public ReferredBy ReferredBy { get; set; }
    public string Reason { get; set; } = "";
    public string Provider { get; set; } = "";
    public string? Outcome { get; set; }
    public DateOnly? ClosedOn { get; set; }

    public static string Describe(ReferredBy by) => by switch
    {
        ReferredBy.Child => "The child or young person",
        ReferredBy.SocialWorker => "Social worker",
        ReferredBy.Iro => "Independent reviewing officer",
        ReferredBy.Carer => "Carer",
        _ => "Someone else",
    };
}

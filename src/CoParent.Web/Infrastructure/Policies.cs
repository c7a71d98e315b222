namespace CoParent.Web.Infrastructure;

public static class Policies
{
    /// <summary>Roles that may open children's records at all; which children is ChildAccessPolicy's call.</summary>
    public const string ChildRecords = "ChildRecords";
    /// <summary>Roles that may open the education part of children's records (the Virtual School's pages): record readers and designated teachers.</summary>
    public const string EducationRecords = "EducationRecords";

    public const string Audit = "Audit";
    public const string Administration = "Administration";

    /// <summary>Changing who works with a child is a management decision: team managers and managers, never the worker.</summary>
    public const string Allocate = "Allocate";

    /// <summary>The DfE return (validating, downloading and importing every child's record): managers and analysts, who hold the Manager role.</summary>
    public const string Returns = "Returns";
}

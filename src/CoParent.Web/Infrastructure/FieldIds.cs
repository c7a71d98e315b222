namespace CoParent.Web.Infrastructure;

/// <summary>Turns a model-state key ("Input.DateOfBirth") into the id of its field ("Input_DateOfBirth").</summary>
public static class FieldIds
{
    public static string For(string key) => key.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}

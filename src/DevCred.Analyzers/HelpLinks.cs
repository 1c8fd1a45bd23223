namespace DevCred.Analyzers;

internal static class HelpLinks
{
    private const string RulesRoot = "https://github.com/devcred/DevCred.Analyzers/blob/main/docs/rules/";

    public static string For(string diagnosticId) => RulesRoot + diagnosticId + ".md";
}

using System;
using DevCred.Analyzers.Syntax;

namespace DevCred.Analyzers.Sdk;

/// <summary>Environment variable and configuration key names that hold a long-term Alibaba Cloud AccessKey.</summary>
internal static class AccessKeyNames
{
    private static readonly string[] VendorWords = { "alibaba", "aliyun", "alicloud", "ali", "oss", "sls", "mns", "ots", "acs", "odps", "maxcompute", "dataworks" };

    /// <summary>
    /// ALIBABA_CLOUD_ACCESS_KEY_ID, OSS_ACCESS_KEY_SECRET, "Aliyun:AccessKeySecret", "Oss__AccessKeyId": a vendor word and an
    /// ID or secret name. Security tokens are not long-term and do not count.
    /// </summary>
    public static bool IsLongTermKey(string name)
    {
        if (name.IndexOf("token", StringComparison.OrdinalIgnoreCase) >= 0 || !HasVendorWord(name))
        {
            return false;
        }

        return CredentialNames.IsIdName(name) || CredentialNames.IsSecretName(name);
    }

    private static bool HasVendorWord(string name)
    {
        foreach (string word in VendorWords)
        {
            int index = name.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            while (index >= 0)
            {
                bool startsWord = index == 0 || !char.IsLetter(name[index - 1]) || (char.IsLower(name[index - 1]) && char.IsUpper(name[index]));
                int end = index + word.Length;
                bool endsWord = end == name.Length || !char.IsLower(name[end]);
                if (startsWord && endsWord)
                {
                    return true;
                }

                index = name.IndexOf(word, index + 1, StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }
}

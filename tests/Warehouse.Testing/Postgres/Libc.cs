using System.Runtime.InteropServices;

namespace Warehouse.Testing.Postgres;

/// <summary>The few POSIX calls .NET does not expose: effective uid, chown, signals.</summary>
internal static partial class Libc
{
    public const int SigQuit = 3;

    [DllImport("libc", SetLastError = true)]
    public static extern uint geteuid();

    [DllImport("libc", SetLastError = true)]
    public static extern int kill(int pid, int signal);

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int chown(string path, uint owner, uint group);

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern IntPtr getpwnam(string name);

    // struct passwd { char *pw_name; char *pw_passwd; uid_t pw_uid; gid_t pw_gid; ... }
    [StructLayout(LayoutKind.Sequential)]
    private struct PasswdHead
    {
        public IntPtr Name;
        public IntPtr Password;
        public uint Uid;
        public uint Gid;
    }

    public static bool IsRoot => geteuid() == 0;

    public static (uint Uid, uint Gid)? LookUpUser(string name)
    {
        var entry = getpwnam(name);
        if (entry == IntPtr.Zero)
            return null;
        var head = Marshal.PtrToStructure<PasswdHead>(entry);
        return (head.Uid, head.Gid);
    }

    public static void Chown(string path, uint uid, uint gid)
    {
        if (chown(path, uid, gid) != 0)
            throw new IOException($"chown {uid}:{gid} {path} failed: errno {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>Whether a process with this id exists (signal 0 probes without sending anything).</summary>
    public static bool ProcessExists(int pid) =>
        pid > 0 && (kill(pid, 0) == 0 || Marshal.GetLastPInvokeError() == 1 /* EPERM: exists, not ours */);
}

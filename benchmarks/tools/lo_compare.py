#!/usr/bin/python3
"""Usage: /usr/bin/python3 lo_compare.py OLD.docx NEW.docx OUT.docx

LibreOffice's Edit > Track Changes > Compare Document (.uno:CompareDocuments), scripted through UNO: OUT = NEW with the
differences from OLD recorded as tracked changes. Starts its own soffice on a fresh private profile and a named pipe
(no TCP port), so runs never share state. Must run with Debian's /usr/bin/python3 (python3-uno).
Used by benchmarks/compare-vs-libreoffice.sh as the reference peer."""
import os, shutil, subprocess, sys, tempfile, time, uuid
import uno
from com.sun.star.beans import PropertyValue


def pv(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p


def main(old, new, out):
    old, new, out = (os.path.abspath(p) for p in (old, new, out))
    pipe = "lo_cmp_" + uuid.uuid4().hex[:8]
    profile = tempfile.mkdtemp(prefix="lo_profile_")
    proc = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                             f"-env:UserInstallation=file://{profile}",
                             f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(300):
            try:
                ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext"); break
            except Exception:
                time.sleep(0.05)
        else:
            raise SystemExit("could not connect to soffice")
        smgr = ctx.ServiceManager
        cp = smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
        ua = cp.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                                            (pv("nodepath", "/org.openoffice.UserProfile/Data"),))
        ua.setPropertyValue("givenname", os.environ.get("LO_COMPARE_AUTHOR", "Compare"))
        ua.commitChanges()
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(new), "_blank", 0, (pv("Hidden", True),))
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        frame = doc.getCurrentController().getFrame()
        dispatcher.executeDispatch(frame, ".uno:CompareDocuments", "", 0,
                                   (pv("URL", uno.systemPathToFileUrl(old)), pv("NoAcceptDialog", True)))
        n = doc.getRedlines().getCount()
        doc.storeToURL(uno.systemPathToFileUrl(out), (pv("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
        print(f"wrote {out} with {n} tracked changes")
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    main(*sys.argv[1:])

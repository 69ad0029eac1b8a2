"""The signing step: nothing happens without a key; with one, the file carries a valid Authenticode
signature (a throw-away self-signed key made here with openssl stands in for UWV's)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SIGN = ROOT / ".ci" / "sign.sh"
sys.path.insert(0, str(ROOT / "packaging" / "msi"))

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="CI's signing step runs on Linux")


def run_sign(env_extra: dict, *files: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAKWACHT_SIGN")}
    env.update(env_extra)
    return subprocess.run(["bash", str(SIGN), *map(str, files)], env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def msi(tmp_path):
    if not (shutil.which("wixl") and shutil.which("msiinfo")):
        pytest.skip("wixl not installed")
    import build_msi

    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "plakwacht.exe").write_bytes(b"MZ")
    return build_msi.build(dist, tmp_path / "p.msi")


def test_without_a_key_nothing_is_signed(msi):
    before = msi.read_bytes()
    r = run_sign({}, msi)
    assert r.returncode == 0 and "left unsigned" in r.stdout
    assert msi.read_bytes() == before


def test_with_a_key_the_msi_carries_a_valid_signature(msi, tmp_path):
    if not (shutil.which("openssl") and shutil.which("osslsigncode")):
        pytest.skip("openssl/osslsigncode not installed")
    key, cert, pfx = tmp_path / "k.pem", tmp_path / "c.pem", tmp_path / "k.pfx"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "2", "-subj", "/CN=Plakwacht test"], check=True, capture_output=True)
    subprocess.run(["openssl", "pkcs12", "-export", "-inkey", key, "-in", cert, "-out", pfx,
                    "-passout", "pass:geheim"], check=True, capture_output=True)
    r = run_sign({"PLAKWACHT_SIGN_PFX": str(pfx), "PLAKWACHT_SIGN_PASSWORD": "geheim"}, msi)
    assert r.returncode == 0, r.stderr
    assert "signed p.msi" in r.stdout and "geheim" not in r.stdout + r.stderr
    v = subprocess.run(["osslsigncode", "verify", "-CAfile", str(cert), "-in", str(msi)], capture_output=True,
                       text=True)
    assert "Signature verification: ok" in v.stdout, v.stdout + v.stderr
    # Base64 key (how CI secrets hold it) works the same.
    import base64

    r = run_sign({"PLAKWACHT_SIGN_PFX_BASE64": base64.b64encode(pfx.read_bytes()).decode(),
                  "PLAKWACHT_SIGN_PASSWORD": "geheim"}, msi)
    assert r.returncode == 0, r.stderr


def test_a_wrong_password_fails_the_build(msi, tmp_path):
    if not (shutil.which("openssl") and shutil.which("osslsigncode")):
        pytest.skip("openssl/osslsigncode not installed")
    key, cert, pfx = tmp_path / "k.pem", tmp_path / "c.pem", tmp_path / "k.pfx"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "2", "-subj", "/CN=Plakwacht test"], check=True, capture_output=True)
    subprocess.run(["openssl", "pkcs12", "-export", "-inkey", key, "-in", cert, "-out", pfx,
                    "-passout", "pass:geheim"], check=True, capture_output=True)
    r = run_sign({"PLAKWACHT_SIGN_PFX": str(pfx), "PLAKWACHT_SIGN_PASSWORD": "fout"}, msi)
    assert r.returncode != 0

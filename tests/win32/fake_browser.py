"""A browser-like Win32 window for the Windows backend tests (Windows CPython, or Wine).

usage: fake_browser.py TITLE [LEFT]
Prints ``hwnd 0x... pid N`` once the window exists, then obeys stdin, one command a line,
answering ``ok`` after each:

- ``title NEW TITLE``: ``SetWindowTextW`` (what Chrome does on a tab switch);
- ``front``: bring the window to the front (minimise + restore + ``SetForegroundWindow``);
- ``quit``: close the window and exit.

With ``FAKE_WINEVENTS=1`` it also raises the WinEvents that real Windows raises by itself and
Wine 8 does not: ``EVENT_SYSTEM_FOREGROUND`` on activation, ``EVENT_OBJECT_NAMECHANGE`` on a new
title. The window class is Chrome's (``Chrome_WidgetWin_1``); run it as ``chrome.exe`` (a copy of
python.exe) to make its process image look like Chrome's too.
"""
import ctypes
import os
import queue
import sys
import threading
from ctypes import wintypes

u32 = ctypes.WinDLL("user32", use_last_error=True)
k32 = ctypes.WinDLL("kernel32", use_last_error=True)
LRESULT = ctypes.c_ssize_t
WNDPROC = ctypes.WINFUNCTYPE(LRESULT, wintypes.HWND, wintypes.UINT, wintypes.WPARAM, wintypes.LPARAM)


class WNDCLASSW(ctypes.Structure):
    _fields_ = [("style", wintypes.UINT), ("lpfnWndProc", WNDPROC), ("cbClsExtra", ctypes.c_int),
                ("cbWndExtra", ctypes.c_int), ("hInstance", wintypes.HINSTANCE), ("hIcon", wintypes.HICON),
                ("hCursor", wintypes.HANDLE), ("hbrBackground", wintypes.HBRUSH),
                ("lpszMenuName", wintypes.LPCWSTR), ("lpszClassName", wintypes.LPCWSTR)]


u32.DefWindowProcW.argtypes = [wintypes.HWND, wintypes.UINT, wintypes.WPARAM, wintypes.LPARAM]
u32.DefWindowProcW.restype = LRESULT
u32.CreateWindowExW.argtypes = [wintypes.DWORD, wintypes.LPCWSTR, wintypes.LPCWSTR, wintypes.DWORD, ctypes.c_int,
                                ctypes.c_int, ctypes.c_int, ctypes.c_int, wintypes.HWND, wintypes.HMENU,
                                wintypes.HINSTANCE, wintypes.LPVOID]
u32.CreateWindowExW.restype = wintypes.HWND
u32.SetWindowTextW.argtypes = [wintypes.HWND, wintypes.LPCWSTR]
u32.SetForegroundWindow.argtypes = [wintypes.HWND]
u32.ShowWindow.argtypes = [wintypes.HWND, ctypes.c_int]
u32.DestroyWindow.argtypes = [wintypes.HWND]
u32.PostMessageW.argtypes = [wintypes.HWND, wintypes.UINT, wintypes.WPARAM, wintypes.LPARAM]
u32.NotifyWinEvent.argtypes = [wintypes.DWORD, wintypes.HWND, wintypes.LONG, wintypes.LONG]
k32.GetModuleHandleW.restype = wintypes.HMODULE

WM_DESTROY, WM_ACTIVATE, WM_APP = 0x0002, 0x0006, 0x8000
SW_MINIMIZE, SW_RESTORE = 6, 9
EVENT_SYSTEM_FOREGROUND, EVENT_OBJECT_NAMECHANGE = 0x0003, 0x800C
NOTIFY = os.environ.get("FAKE_WINEVENTS") == "1"
commands: queue.Queue = queue.Queue()


def say(text):
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def wndproc(h, msg, wp, lp):
    if msg == WM_ACTIVATE and NOTIFY and (wp & 0xFFFF):
        u32.NotifyWinEvent(EVENT_SYSTEM_FOREGROUND, h, 0, 0)   # OBJID_WINDOW, CHILDID_SELF
    if msg == WM_APP:
        cmd, _, arg = commands.get().partition(" ")
        if cmd == "title":
            u32.SetWindowTextW(h, arg)
            if NOTIFY:
                u32.NotifyWinEvent(EVENT_OBJECT_NAMECHANGE, h, 0, 0)
        elif cmd == "front":
            # Minimise and restore: under Wine + an X window manager a plain SetForegroundWindow
            # may be refused by the window manager (focus-stealing prevention) while Wine still
            # believes it; a restored window is activated by the window manager itself.
            u32.ShowWindow(h, SW_MINIMIZE)
            u32.ShowWindow(h, SW_RESTORE)
            u32.SetForegroundWindow(h)
        elif cmd == "quit":
            u32.DestroyWindow(h)
        say("ok")
        return 0
    if msg == WM_DESTROY:
        u32.PostQuitMessage(0)
        return 0
    return u32.DefWindowProcW(h, msg, wp, lp)


proc = WNDPROC(wndproc)
hinst = k32.GetModuleHandleW(None)
wc = WNDCLASSW(lpfnWndProc=proc, hInstance=hinst, lpszClassName="Chrome_WidgetWin_1",
               hbrBackground=wintypes.HBRUSH(6))
if not u32.RegisterClassW(ctypes.byref(wc)):
    raise SystemExit(f"RegisterClassW failed: {ctypes.get_last_error()}")
WS_OVERLAPPEDWINDOW, WS_VISIBLE = 0x00CF0000, 0x10000000
left = int(sys.argv[2]) if len(sys.argv) > 2 else 600
hwnd = u32.CreateWindowExW(0, "Chrome_WidgetWin_1", sys.argv[1], WS_OVERLAPPEDWINDOW | WS_VISIBLE,
                           left, 60, 500, 200, None, None, hinst, None)
say(f"hwnd {hwnd or 0:#x} pid {os.getpid()}")


def read_stdin():
    for line in sys.stdin:
        commands.put(line.rstrip("\r\n"))
        u32.PostMessageW(hwnd, WM_APP, 0, 0)
    commands.put("quit")
    u32.PostMessageW(hwnd, WM_APP, 0, 0)


threading.Thread(target=read_stdin, daemon=True).start()
msg = wintypes.MSG()
while u32.GetMessageW(ctypes.byref(msg), None, 0, 0) > 0:
    u32.TranslateMessage(ctypes.byref(msg))
    u32.DispatchMessageW(ctypes.byref(msg))

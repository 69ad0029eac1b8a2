"""A tiny X11 client for the X11 backend tests: one top-level window, renamed on command.

usage: python x11_window.py TITLE        then on stdin: ``title NEW TITLE`` | ``quit``
Prints the window id (hex) once the window is mapped. Sets _NET_WM_NAME (UTF-8), WM_NAME,
_NET_WM_PID and WM_CLASS like a real application does.
"""
import os
import sys

from Xlib import X, Xatom, display

d = display.Display()
screen = d.screen()
NET_WM_NAME = d.intern_atom("_NET_WM_NAME")
NET_WM_PID = d.intern_atom("_NET_WM_PID")
UTF8 = d.intern_atom("UTF8_STRING")
w = screen.root.create_window(40, 40, 320, 200, 0, screen.root_depth, X.InputOutput, X.CopyFromParent,
                              background_pixel=screen.white_pixel, event_mask=X.StructureNotifyMask)


def set_title(title: str) -> None:
    w.change_property(NET_WM_NAME, UTF8, 8, title.encode("utf-8"))
    w.change_property(Xatom.WM_NAME, Xatom.STRING, 8, title.encode("latin-1", "replace"))
    d.sync()


set_title(sys.argv[1])
w.change_property(NET_WM_PID, Xatom.CARDINAL, 32, [os.getpid()])
w.set_wm_class("plakwachttest", "PlakwachtTest")
w.map()
d.sync()
while True:
    ev = d.next_event()
    if ev.type == X.MapNotify:
        break
print(hex(w.id), flush=True)
for line in sys.stdin:
    cmd, _, arg = line.rstrip("\n").partition(" ")
    if cmd == "title":
        set_title(arg)
        print("ok", flush=True)
    elif cmd == "quit":
        break
w.destroy()
d.sync()

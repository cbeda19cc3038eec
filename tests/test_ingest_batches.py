"""The later blind batches (19 to 38: heldout_text_copied7 to 26; heldout_html9 to 15), page by page and as sets.

Each batch was written by someone who had not read sitegen, measured before anything was made for it, then fixed with
general rules (heldout/README.md tells each batch's story). A page that comes out exactly as labelled must keep doing so;
a page that still differs is listed with what differs (strict: a page that starts to pass must leave the list), and
each folder must keep its scores.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ingest_fixtures import assert_as_labelled, cases

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from ingest_quality import score, sitegen  # noqa: E402

# Folder → floors of (body F1, title, metadata, the weakest page's body F1), just under what was measured last.
_FLOORS = {
    "heldout_text_copied7": (0.99, 0.99, 0.98, 0.94),  # 0.994 1.00 0.98
    "heldout_text_copied8": (0.97, 0.99, 0.89, 0.87),  # 0.977 1.00 0.90 (stop 19: titles)
    "heldout_text_copied9": (0.98, 0.99, 0.90, 0.95),  # 0.986 1.00 0.90 (stop 19: titles, bylines)
    "heldout_text_copied10": (0.99, 0.99, 0.97, 0.98),  # 0.998 1.00 0.98
    "heldout_text_copied11": (0.99, 0.99, 0.97, 0.95),  # 0.995 1.00 0.98
    "heldout_text_copied12": (0.97, 0.99, 0.90, 0.93),  # 0.977 1.00 0.90
    "heldout_text_copied13": (0.99, 0.99, 0.99, 0.95),  # 0.992 1.00 1.00
    "heldout_text_copied14": (0.99, 0.99, 0.99, 0.99),  # 1.000 1.00 1.00
    "heldout_text_copied15": (0.99, 0.99, 0.99, 0.99),  # 1.000 1.00 1.00 (first run 0.941 0.79 0.88)
    "heldout_html10": (0.99, 0.99, 0.99, 0.99),  # 1.000 1.00 1.00 (first run 0.954 1.00 0.80)
    "heldout_html9": (0.99, 0.99, 0.94, 0.94),  # 0.994 1.00 0.94
    "heldout_text_copied16": (0.975, 0.99, 0.99, 0.87),  # 0.980 1.00 1.00 (first run 0.951 0.86 0.79); stop 67's key-points boxes: 0.988, weakest 0.872 — this page's label keeps the 'En resumen' box the rule drops, as most others' do not
    "heldout_text_copied17": (0.94, 0.99, 0.80, 0.88),  # 0.942 1.00 0.81 after stop 19 (first run 0.926 0.93 0.64)
    "heldout_text_copied18": (0.94, 0.99, 0.83, 0.85),  # 0.943 1.00 0.83 after stop 19 (first run 0.943 0.79 0.71)
    "heldout_text_copied19": (0.92, 0.99, 0.78, 0.74),  # 0.925 1.00 0.79 after stop 19 (first run 0.925 0.64 0.64)
    "heldout_text_copied20": (0.94, 0.99, 0.83, 0.78),  # 0.941 1.00 0.83 after stop 19 (first run 0.941 0.79 0.74)
    "heldout_text_copied21": (0.955, 0.99, 0.99, 0.86),  # 0.962 1.00 1.00 after stop 20 (first run 0.929 0.64 0.86)
    "heldout_text_copied22": (0.945, 0.99, 0.99, 0.80),  # 0.948 1.00 1.00 after stop 20 (first run 0.948 0.93 0.69)
    "heldout_text_copied23": (0.95, 0.99, 0.78, 0.77),  # 0.956 1.00 0.79 after the lead's rules (first run 0.943 1.00 0.79)
    "heldout_text_copied24": (0.945, 0.92, 0.75, 0.86),  # 0.951 0.93 0.76 after 3 title rules (first run 0.951 0.71 0.76)
    # (Weakest 0.909 since stop 63: a live page's entry times kept in its headings, as the later labels write them.)
    "heldout_html13": (0.975, 0.99, 0.89, 0.90),  # 0.982 1.00 0.90 after the li entries (first run 0.972 1.00 0.90; trafilatura 0.936)
    "heldout_html12": (0.975, 0.99, 0.82, 0.92),  # 0.980 1.00 0.83 after the lead's rules (first run 0.903 0.90 0.80)
    "heldout_html11": (0.99, 0.99, 0.99, 0.96),  # 0.997 1.00 1.00 after the lead's rules (first run 0.900 0.90 0.87)
    "heldout_text_copied25": (0.98, 0.99, 0.92, 0.92),  # 0.987 1.00 0.93 after stop 21's rules (first run 0.913 0.64 0.76)
    "heldout_html14": (0.97, 0.99, 0.96, 0.92),  # 0.973 1.00 0.97 after stop 21's rules (first run 0.973 1.00 0.83)
    "heldout_text_copied26": (0.93, 0.99, 0.78, 0.65),  # 0.934 1.00 0.79 after 3 title rules (first run 0.934 0.93 0.79)
    "heldout_html15": (0.98, 0.99, 0.92, 0.89),  # 0.984 1.00 0.93 after 3 title rules (first run 0.980 0.80 0.93)
    "heldout_text_copied27": (0.965, 0.92, 0.78, 0.82),  # 0.970 0.93 0.79 after stop 22's rules (first run 0.966 0.93 0.79)
    "heldout_html16": (0.975, 0.99, 0.89, 0.92),  # 0.981 1.00 0.90 after stop 22's rules (first run 0.959 1.00 0.90)
    "heldout_text_copied28": (0.955, 0.99, 0.70, 0.85),  # 0.959 1.00 0.71 after stop 22's rules (first run 0.954 1.00 0.71)
    "heldout_html17": (0.96, 0.99, 0.99, 0.78),  # 0.966 1.00 1.00 after stop 22's rules (first run 0.948 1.00 1.00)
    "heldout_text_copied29": (0.955, 0.92, 0.82, 0.87),  # 0.961 0.93 0.83, its first run at the end of stop 22
    "heldout_html18": (0.955, 0.99, 0.89, 0.70),  # 0.961 1.00 0.90, its first run at the end of stop 22
    "heldout_text_copied30": (0.945, 0.85, 0.78, 0.82),  # 0.954 0.79 0.76 first run (stop 22 continued); 0.954 0.86 0.79
    "heldout_html19": (0.975, 0.99, 0.89, 0.85),  # 0.981 1.00 0.87 first run (stop 22 continued); 0.981 1.00 0.90
    "heldout_text_copied31": (0.96, 0.99, 0.85, 0.80),  # 0.937 0.79 0.83 first run (stop 22 continued); 0.969 1.00 0.86
    "heldout_html20": (0.965, 0.99, 0.78, 0.85),  # 0.943 1.00 0.73 first run (stop 22 continued); 0.974 1.00 0.80
    "heldout_text_copied32": (0.925, 0.92, 0.92, 0.60),  # 0.933 0.93 0.93, its first run at the end of stop 22
    "heldout_html21": (0.95, 0.89, 0.92, 0.75),  # 0.957 0.90 0.93, its first run at the end of stop 22
    "heldout_text_copied33": (0.97, 0.92, 0.95, 0.75),  # first run 0.981 0.86 0.83 (stop 23); 0.988 0.93 0.98 after
    "heldout_html22": (0.97, 0.99, 0.95, 0.85),  # first run 0.972 0.90 0.93 (stop 23); 0.987 1.00 1.00 after
    "heldout_text_copied34": (0.96, 0.99, 0.85, 0.80),  # first run 0.962 1.00 0.88 (stop 23, main at 40e3b52)
    "heldout_html23": (0.92, 0.99, 0.85, 0.45),  # first run 0.934 1.00 0.90 (stop 23, main at 40e3b52)
    "heldout_text_copied35": (0.97, 0.99, 0.8, 0.85),  # first run 0.975 1.00 0.83 (end of stop 23, the stop's code)
    "heldout_html24": (0.98, 0.99, 0.85, 0.9),  # first run 0.989 1.00 0.90 (end of stop 23, the stop's final code)
    "heldout_text_copied36": (0.975, 0.99, 0.85, 0.88),  # first run 0.947 1.00 0.83 (main bbdcfb8); 0.980 1.00 0.88 after stop 24's rules
    "heldout_html25": (0.985, 0.99, 0.85, 0.9),  # first run 0.932 0.90 0.83 (main bbdcfb8); 0.989 1.00 0.87 after stop 24's rules
    "heldout_text_copied37": (0.97, 0.92, 0.73, 0.87),  # 0.974 0.86 0.74, its first run at the end of stop 24; 0.974 0.93 0.74 after one title rule
    "heldout_html26": (0.97, 0.99, 0.76, 0.84),  # 0.973 0.80 0.73, its first run at the end of stop 24; 0.973 0.90 0.73 after one title rule; 0.973 1.00 0.77 (stop 25: a blog's <h1>)
    "heldout_text_copied38": (0.97, 0.99, 0.97, 0.88),  # 0.971 1.00 0.98 (first run 0.947 0.93 0.74)
    "heldout_html27": (0.99, 0.99, 0.96, 0.95),  # 0.993 1.00 0.97 (first run 0.952 0.80 0.90)
    "heldout_text_copied39": (0.94, 0.99, 0.71, 0.80),  # 0.943 1.00 0.72 (first run at the end of stop 25: 0.943 0.92 0.72)
    "heldout_html28": (0.98, 0.89, 0.79, 0.92),  # 0.988 0.90 0.80 (first run at the end of stop 25: 0.953 0.90 0.80)
    "heldout_text_copied40": (0.95, 0.91, 0.77, 0.84),  # 0.957 0.92 0.78 (first run on b22205a: 0.945 0.67 0.72)
    "heldout_html29": (0.99, 0.99, 0.89, 0.99),  # 1.000 1.00 0.90 (first run on b22205a: 0.900 1.00 0.87)
    "heldout_text_copied41": (0.92, 0.99, 0.85, 0.71),  # 0.932 1.00 0.86 (its sealed first run on 546aac1: 0.927 0.83 0.81)
    "heldout_html30": (0.99, 0.99, 0.89, 0.93),  # 0.993 1.00 0.90, the same way
    "heldout_text_copied42": (0.975, 0.99, 0.93, 0.84),  # 0.980 1.00 0.94 (first run on 2461b50: 0.958 0.83 0.78)
    "heldout_html31": (0.97, 0.99, 0.99, 0.84),  # 0.973 1.00 1.00 (first run on 2461b50: 0.971 0.90 0.93)
    "heldout_text_copied43": (0.955, 0.99, 0.8, 0.88),  # 0.961 1.00 0.81 (its sealed first run on e756b96)
    "heldout_html32": (0.99, 0.89, 0.89, 0.99),  # 0.999 0.90 0.90, the same way
    "heldout_text_copied44": (0.98, 0.99, 0.96, 0.94),  # 0.986 1.00 0.97 (first run on d98398a: 0.960 1.00 0.83)
    "heldout_html33": (0.98, 0.99, 0.99, 0.89),  # 0.987 1.00 1.00 (first run on d98398a: 0.981 1.00 0.97)
    "heldout_text_copied45": (0.975, 0.99, 0.85, 0.93),  # 0.982 1.00 0.86 (sealed, measured once on 5310a82: 0.973 0.92 0.72)
    "heldout_html34": (0.99, 0.99, 0.96, 0.95),  # 0.995 1.00 0.97 (sealed, measured once on b68d05f; no rule after it)
    "heldout_text_copied46": (0.95, 0.99, 0.99, 0.82),  # 0.958 1.00 1.00 (first run on 584db9f: 0.942 1.00 0.86)
    "heldout_html35": (0.99, 0.99, 0.96, 0.99),  # 1.000 1.00 0.97 (first run on 584db9f: 0.986 1.00 0.97)
    "heldout_text_copied47": (0.965, 0.99, 0.99, 0.88),  # 0.971 1.00 1.00 (sealed, measured once on 0aab8d2: 0.939 1.00 0.72)
    "heldout_html36": (0.99, 0.99, 0.89, 0.96),  # 0.993 1.00 0.90 (sealed, measured once on 0aab8d2; no rule after it)
    "heldout_text_copied48": (0.99, 0.99, 0.93, 0.95),  # 0.995 1.00 0.94 (first run on a9e0144: 0.877 1.00 0.89)
    "heldout_html37": (0.99, 0.99, 0.96, 0.97),  # 0.997 1.00 0.97 (first run on a9e0144: 0.997 0.90 0.90)
    "heldout_text_copied49": (0.97, 0.99, 0.74, 0.88),  # 0.974 1.00 0.75 (sealed, measured once on 6e2ac5e: 0.938 0.92 0.75)
    "heldout_html38": (0.99, 0.89, 0.86, 0.95),  # 0.995 0.90 0.87 (sealed, measured once on 6e2ac5e: 0.968 0.90 0.87)
    "heldout_text_copied50": (0.99, 0.99, 0.91, 0.94),  # 0.992 1.00 0.92 (first run on main 57ce32e: 0.931 1.00 0.83)
    "heldout_html39": (0.99, 0.99, 0.99, 0.99),  # 1.000 1.00 1.00 (first run on main 57ce32e: 0.973 1.00 0.97)
    "heldout_text_copied51": (0.98, 0.99, 0.96, 0.90),  # 0.985 1.00 0.97 (sealed, measured once on 2ba8d81: 0.964 0.92 0.92)
    "heldout_html40": (0.98, 0.99, 0.89, 0.89),  # 0.983 1.00 0.90 (sealed, measured once on 2ba8d81: 0.956 1.00 0.90)
    "heldout_text_copied52": (0.98, 0.99, 0.85, 0.88),  # 0.988 1.00 0.86 (first run on main 4c23587: 0.866 0.92 0.69)
    "heldout_html41": (0.99, 0.99, 0.96, 0.99),  # 1.000 1.00 0.97 (first run on main 4c23587: 0.993 1.00 0.97)
    "heldout_text_copied53": (0.96, 0.99, 0.91, 0.86),  # 0.966 1.00 0.92 (sealed, measured once on faeaa42: 0.966 0.92 0.89)
    "heldout_html42": (0.98, 0.99, 0.92, 0.90),  # 0.987 1.00 0.93 (sealed, measured once on faeaa42; no rule after it)
    "heldout_text_copied54": (0.975, 0.99, 0.91, 0.88),  # 0.981 1.00 0.92 (first run on main bc327fc: 0.955 1.00 0.83)
    "heldout_html43": (0.99, 0.99, 0.96, 0.985),  # 0.999 1.00 0.97 (first run on main bc327fc: 0.999 1.00 0.97; no rule after it)
    "heldout_text_copied55": (0.99, 0.99, 0.91, 0.97),  # 0.998 1.00 0.92 (sealed, measured once on e1b05bc: 0.961 1.00 0.83)
    "heldout_html44": (0.98, 0.99, 0.96, 0.93),  # 0.985 1.00 0.97 (sealed, measured once on e1b05bc: 0.978 1.00 0.93)
    "heldout_text_copied56": (0.99, 0.91, 0.88, 0.94),  # 0.996 0.92 0.89 (first run on main 023d185: 0.960 0.92 0.86)
    "heldout_html45": (0.99, 0.99, 0.96, 0.97),  # 0.997 1.00 0.97 (first run on main 023d185: 0.895 0.90 0.87)
    "heldout_text_copied57": (0.98, 0.99, 0.85, 0.94),  # 0.988 1.00 0.86 (sealed, measured once on 57b7c8a: 0.974 1.00 0.86)
    "heldout_html46": (0.99, 0.99, 0.99, 0.97),  # 0.994 1.00 1.00 (sealed, measured once on 57b7c8a: the same)
    "heldout_text_copied58": (0.955, 0.91, 0.77, 0.83),  # 0.961 0.92 0.78 (first run on main b20d328; no rule after it)
    "heldout_html47": (0.99, 0.99, 0.96, 0.99),  # 1.000 1.00 0.97 (first run on main b20d328; no rule after it)
    "heldout_text_copied59": (0.97, 0.82, 0.74, 0.90),  # 0.976 0.83 0.75 (sealed, measured once on d8145db; no rule after it)
    "heldout_html48": (0.99, 0.99, 0.92, 0.97),  # 0.998 1.00 0.93 (sealed, measured once on d8145db; no rule after it)
    "heldout_text_copied60": (0.985, 0.99, 0.82, 0.95),  # 0.989 1.00 0.83 (first run on main df62071: 0.955 1.00 0.83)
    "heldout_html49": (0.99, 0.99, 0.92, 0.99),  # 0.999 1.00 0.93 (first run on main df62071: the same)
    "heldout_text_copied61": (0.975, 0.99, 0.82, 0.82),  # 0.982 1.00 0.83 (sealed, measured once on a869beb)
    "heldout_html50": (0.97, 0.99, 0.89, 0.90),  # 0.976 1.00 0.90 (sealed, measured once on a869beb)
    "heldout_text_copied62": (0.99, 0.99, 0.96, 0.99),  # 1.000 1.00 0.97 (first run on main db5cea4: 0.978 0.92 0.89)
    "heldout_html51": (0.99, 0.99, 0.89, 0.99),  # 1.000 1.00 0.90 (first run on main db5cea4: 0.985 1.00 0.87)
    "heldout_text_copied63": (0.96, 0.99, 0.93, 0.86),  # 0.969 1.00 0.94 (sealed, measured once on 5643627: 0.947 0.92 0.89)
    "heldout_html52": (0.975, 0.99, 0.96, 0.88),  # 0.982 1.00 0.97 (sealed, measured once on 04883b1)
    "heldout_text_copied64": (0.99, 0.99, 0.88, 0.95),  # 0.994 1.00 0.89 (first run on main 2086906: 0.975 0.92 0.83)
    "heldout_html53": (0.99, 0.99, 0.96, 0.98),  # 0.994 1.00 0.97 (first run on main 2086906: 0.894 1.00 0.97)
    "heldout_text_copied65": (0.99, 0.99, 0.82, 0.97),  # 0.996 1.00 0.83 (sealed, measured once on 122bd1c: 0.988 1.00 0.83)
    "heldout_html54": (0.99, 0.99, 0.96, 0.94),  # 0.993 1.00 0.97 (sealed, measured once on 122bd1c: the same)
    "heldout_text_copied66": (0.99, 0.99, 0.99, 0.97),  # 0.995 1.00 1.00 (first run on main 380987f: 0.973 1.00 0.97)
    "heldout_html55": (0.99, 0.99, 0.96, 0.96),  # 0.997 1.00 0.97 (first run on main 380987f: 0.994 1.00 0.97)
    "heldout_text_copied67": (0.97, 0.99, 0.96, 0.83),  # 0.975 1.00 0.97 (sealed, measured once on 5762e5c: 0.975 1.00 0.94)
    "heldout_html56": (0.97, 0.99, 0.99, 0.80),  # 0.976 1.00 1.00 (sealed, measured once on 5762e5c: 0.976 1.00 0.97)
    "heldout_text_copied68": (0.975, 0.99, 0.96, 0.92),  # 0.979 1.00 0.97 (first run on main d008620: 0.969 1.00 0.97)
    "heldout_html57": (0.97, 0.99, 0.99, 0.84),  # 0.973 1.00 1.00 (first run on main d008620: 0.972 1.00 1.00)
    "heldout_text_copied69": (0.965, 0.99, 0.93, 0.80),  # 0.972 1.00 0.94 (first run on main 831e0fc: 0.965 0.83 0.89)
    "heldout_html58": (0.99, 0.99, 0.99, 0.95),  # 0.992 1.00 1.00 (first run on main 831e0fc: 0.992 1.00 0.97)
    "heldout_text_copied70": (0.95, 0.99, 0.92, 0.88),  # 0.954 1.00 0.93 (sealed, measured once on 7840973; main the same)
    "heldout_html59": (0.975, 0.99, 0.99, 0.91),  # 0.979 1.00 1.00 (sealed, measured once on 7840973; main the same)
    "heldout_text_copied71": (0.99, 0.99, 0.96, 0.97),  # 0.997 1.00 0.97 (first run on main 0953085: 0.962 0.92 0.89)
    "heldout_html60": (0.99, 0.99, 0.99, 0.92),  # 0.994 1.00 1.00 (first run on main 0953085: 0.975 0.92 1.00)
    "heldout_text_copied72": (0.955, 0.99, 0.93, 0.68),  # 0.959 1.00 0.94 (sealed, measured once on a3feab5; main the same)
    "heldout_html61": (0.985, 0.99, 0.96, 0.92),  # 0.988 1.00 0.97 (sealed, measured once on a3feab5; main the same)
    "heldout_text_copied73": (0.99, 0.99, 0.96, 0.96),  # 0.995 1.00 0.97 (first run on main 068aa64: 0.988 1.00 0.86)
    "heldout_html62": (0.975, 0.91, 0.96, 0.92),  # 0.978 0.92 0.97 (first run on main 068aa64: 0.978 0.92 0.94)
    "heldout_text_copied74": (0.98, 0.99, 0.99, 0.95),  # 0.988 1.00 1.00 (first run on main d3bffcd: 0.975 1.00 0.92)
    "heldout_html63": (0.985, 0.99, 0.99, 0.90),  # 0.989 1.00 1.00 (first run on main d3bffcd: 0.989 1.00 0.97)
    "heldout_text_copied75": (0.97, 0.99, 0.99, 0.78),  # 0.975 1.00 1.00 (sealed, first run on the stop's rules: 0.969 0.92 0.94)
    "heldout_html64": (0.975, 0.99, 0.99, 0.90),  # 0.980 1.00 1.00 (sealed, first run on the stop's rules: 0.977 1.00 0.97)
    "heldout_text_copied76": (0.99, 0.99, 0.99, 0.95),  # 0.993 1.00 1.00 (first run on main c7ce004: 0.993 1.00 0.97)
    "heldout_html65": (0.985, 0.99, 0.99, 0.93),  # 0.991 1.00 1.00 (first run on main c7ce004: 0.991 1.00 0.97)
    "heldout_text_copied77": (0.97, 0.99, 0.99, 0.74),  # 0.973 1.00 1.00 (first run on main 2917193: 0.967 1.00 0.97)
    "heldout_html66": (0.97, 0.99, 0.99, 0.89),  # 0.976 1.00 1.00 (first run on main 2917193: 0.975 1.00 1.00)
    "heldout_text_copied78": (0.99, 0.99, 0.99, 0.95),  # 0.994 1.00 1.00 (first run on main d33e868: 0.987 0.92 0.97)
    "heldout_html67": (0.97, 0.99, 0.99, 0.86),  # 0.972 1.00 1.00 (first run on main d33e868: 0.959 1.00 1.00)
    "heldout_text_copied79": (0.98, 0.99, 0.99, 0.95),  # 0.989 1.00 1.00 (first run on f66c391: 0.989 0.92 0.94)
    "heldout_html68": (0.97, 0.99, 0.99, 0.82),  # 0.976 1.00 1.00 (first run on f66c391: 0.972 1.00 1.00)
    "heldout_text_copied80": (0.98, 0.99, 0.96, 0.93),  # 0.991 1.00 0.97 (first run on main 81dc9da: 0.984 1.00 0.97)
    "heldout_text_copied81": (0.99, 0.99, 0.96, 0.95),  # 0.993 1.00 0.97 (first run on main b9239a4: 0.965 1.00 0.94)
    "heldout_text_copied82": (0.98, 0.99, 0.96, 0.93),  # 0.987 1.00 0.97 (first run on main b9239a4: 0.976 0.83 0.92)
    "heldout_html69": (0.99, 0.99, 0.99, 0.92),  # 0.994 1.00 1.00 (first run on main b9239a4: 0.906 1.00 1.00)
    "heldout_text_copied83": (0.98, 0.99, 0.93, 0.92),  # 0.988 1.00 0.94 (first run on d0ea640: 0.985 0.92 0.94)
    "heldout_text_copied84": (0.99, 0.99, 0.93, 0.91),  # 0.993 1.00 0.94 (first run on d0ea640: 0.972 1.00 0.92)
    "heldout_html70": (0.99, 0.99, 0.99, 0.92),  # 0.994 1.00 1.00 (first run on d0ea640: 0.933 1.00 0.97)
    "heldout_text_copied85": (0.98, 0.99, 0.93, 0.88),  # 0.986 1.00 0.94 (first run on 811775b: 0.986 1.00 0.92)
    "heldout_text_copied86": (0.98, 0.91, 0.99, 0.91),  # 0.987 0.92 1.00 (first run on 811775b: 0.982 0.92 1.00)
    "heldout_html71": (0.99, 0.99, 0.99, 0.93),  # 0.991 1.00 1.00 (first run on 811775b: 0.991 1.00 1.00)
    "heldout_text_copied87": (0.99, 0.99, 0.96, 0.90),  # 0.992 1.00 0.97 (first run on 58a80bd: 0.985 1.00 0.92)
    "heldout_html72": (0.97, 0.91, 0.99, 0.88),  # 0.979 0.92 1.00 (first run on 58a80bd: 0.969 0.92 1.00)
    "heldout_text_copied88": (0.99, 0.99, 0.96, 0.95),  # 0.991 1.00 0.97 (first run on 135374b3: 0.970 0.83 0.92)
    "heldout_html73": (0.98, 0.99, 0.99, 0.87),  # 0.985 1.00 1.00 (first run on 135374b3: 0.985 1.00 0.97)
    "heldout_text_copied89": (0.96, 0.99, 0.91, 0.86),  # 0.964 1.00 0.92 (first run on ca12cf1f: 0.962 1.00 0.92)
    "heldout_html74": (0.99, 0.99, 0.96, 0.96),  # 0.995 1.00 0.97 (first run on ca12cf1f: 0.984 1.00 0.97)
    "heldout_text_copied90": (0.99, 0.99, 0.93, 0.94),  # 0.992 1.00 0.94 (first run on e98a4919: 0.979 1.00 0.92)
    "heldout_html75": (0.98, 0.99, 0.99, 0.90),  # 0.984 1.00 1.00 (first run on e98a4919: 0.984 1.00 1.00)
    "heldout_text_copied91": (0.98, 0.99, 0.96, 0.95),  # 0.988 1.00 0.97 (sealed; first run on db8398a3)
    "heldout_html76": (0.98, 0.99, 0.96, 0.85),  # 0.981 1.00 0.97 (sealed; first run on db8398a3)
    "heldout_text_copied92": (0.98, 0.99, 0.96, 0.82),  # 0.982 1.00 0.97 (first run on a59fc643: 0.946 0.92 0.97)
    "heldout_html77": (0.98, 0.99, 0.96, 0.91),  # 0.988 1.00 0.97 (first run on a59fc643: 0.981 1.00 0.94)
    "heldout_text_copied93": (0.99, 0.99, 0.96, 0.93),  # 0.992 1.00 0.97 (first run on 79f89213: 0.978 1.00 0.94)
    "heldout_html78": (0.99, 0.99, 0.93, 0.96),  # 0.996 1.00 0.94 (first run on 79f89213: the same)
    "heldout_text_copied94": (0.99, 0.99, 0.96, 0.97),  # 0.996 1.00 0.97 (first run on b0fddc38: 0.987 1.00 0.97)
    "heldout_html79": (0.98, 0.99, 0.99, 0.89),  # 0.986 1.00 1.00 (first run on b828f737: the same)
    "heldout_text_copied95": (0.99, 0.99, 0.93, 0.94),  # 0.994 1.00 0.94 (first run on f9afe338: 0.993 0.92 0.92)
    "heldout_html80": (0.98, 0.99, 0.99, 0.88),  # 0.987 1.00 1.00 (sealed; first run on cea1d0d9)
    "heldout_text_copied96": (0.99, 0.91, 0.93, 0.93),  # 0.992 0.92 0.94 (first run on 9dd6864a: 0.972 0.83 0.94)
    "heldout_html81": (0.99, 0.99, 0.99, 0.93),  # 0.995 1.00 1.00 (first run on 9dd6864a: the same)
    "heldout_text_copied97": (0.97, 0.99, 0.96, 0.90),  # 0.979 1.00 0.97 (first run on 30aa0482: 0.975 0.92 0.92)
    "heldout_text_copied98": (0.99, 0.91, 0.99, 0.92),  # 0.991 0.92 1.00 (sealed; first run on a3cad219)
    "heldout_html83": (0.99, 0.99, 0.99, 0.99),  # 0.999 1.00 1.00 (sealed; first run on a3cad219)
    "heldout_text_copied99": (0.99, 0.99, 0.88, 0.95),  # 0.996 1.00 0.89 (sealed; first run on 018d553c)
    "heldout_html84": (0.98, 0.91, 0.99, 0.91),  # 0.986 0.92 1.00 (sealed; first run on 018d553c)
    "heldout_text_copied100": (0.97, 0.99, 0.88, 0.88),  # 0.980 1.00 0.89 (sealed; first run on 3a503db5: 0.980 1.00 0.86)
    "heldout_html85": (0.99, 0.99, 0.99, 0.92),  # 0.991 1.00 1.00 (sealed; first run on 3a503db5: 0.990 1.00 1.00)
    "heldout_text_copied101": (0.98, 0.99, 0.93, 0.88),  # 0.986 1.00 0.94 (first run on 77730f4c: 0.981 1.00 0.92)
    "heldout_html86": (0.98, 0.99, 0.96, 0.91),  # 0.990 1.00 0.97 (first run on 77730f4c: 0.977 0.92 0.97)
    "heldout_text_copied102": (0.98, 0.99, 0.96, 0.94),  # 0.985 1.00 0.97 (sealed; first run on b5bdf326)
    "heldout_html87": (0.99, 0.99, 0.99, 0.96),  # 0.997 1.00 1.00 (sealed; first run on b5bdf326)
    "heldout_text_copied103": (0.99, 0.99, 0.96, 0.96),  # 0.995 1.00 0.97 (first run on 06e97e62: 0.985 1.00 0.97)
    "heldout_html88": (0.99, 0.99, 0.99, 0.99),  # 1.000 1.00 1.00 (first run on 06e97e62: 0.996 1.00 1.00)
    "heldout_text_copied104": (0.99, 0.99, 0.91, 0.93),  # 0.992 1.00 0.92 (sealed; first run on 4b44b0e8)
    "heldout_html89": (0.99, 0.99, 0.99, 0.93),  # 0.995 1.00 1.00 (sealed; first run on 4b44b0e8: 0.959 1.00 1.00)
    "heldout_text_copied105": (0.97, 0.99, 0.93, 0.84),  # 0.976 1.00 0.94 (sealed; first run on 91131ed2: 0.960 0.92 0.89)
    "heldout_html90": (0.98, 0.99, 0.99, 0.92),  # 0.989 1.00 1.00 (sealed; first run on 91131ed2: the same)
    "heldout_text_copied106": (0.98, 0.99, 0.99, 0.92),  # 0.989 1.00 1.00 (first run on 07e41f63: 0.987 1.00 1.00)
    "heldout_html91": (0.99, 0.99, 0.96, 0.92),  # 0.993 1.00 0.97 (first run on 70b10c08: the same)
    "heldout_text_copied107": (0.99, 0.99, 0.96, 0.94),  # 0.992 1.00 0.97 (sealed; first run on 22e21bec: 0.973 1.00 0.97)
    "heldout_html92": (0.96, 0.99, 0.99, 0.82),  # 0.968 1.00 1.00 (sealed; first run on 22e21bec: 0.966 1.00 1.00)
    "heldout_text_copied108": (0.97, 0.99, 0.93, 0.91),  # 0.981 1.00 0.94 (sealed; first run on 4da4d963: the same)
    "heldout_html93": (0.95, 0.91, 0.99, 0.76),  # 0.962 0.92 1.00 (sealed; first run on 4da4d963: the same)
    "heldout_text_copied109": (0.98, 0.91, 0.93, 0.88),  # 0.983 0.92 0.94 (sealed; first run on 65d345c3: 0.983 0.92 0.89)
    "heldout_html94": (0.97, 0.99, 0.99, 0.83),  # 0.982 1.00 1.00 (sealed; first run on 65d345c3: the same)
    "heldout_text_copied110": (0.98, 0.99, 0.96, 0.91),  # 0.983 1.00 0.97 (sealed; first run on 06dd9f20: the same)
    "heldout_html95": (0.98, 0.99, 0.92, 0.94),  # 0.990 1.00 0.94 (sealed; first run on 06dd9f20: 0.990 1.00 0.92)
    "heldout_text_copied111": (0.97, 0.99, 0.96, 0.88),  # 0.980 1.00 0.97 (sealed; first run on 113227d7: 0.980 0.92 0.97)
    "heldout_html96": (0.98, 0.99, 0.99, 0.93),  # 0.989 1.00 1.00 (sealed; first run on 113227d7: 0.983 1.00 1.00)
    "heldout_text_copied112": (0.98, 0.99, 0.96, 0.91),  # 0.987 1.00 0.97 (sealed; first run on 113227d7: the same)
    "heldout_text_copied113": (0.97, 0.99, 0.96, 0.94),  # 0.981 1.00 0.97 (sealed; first run on de9cfe96: 0.978 1.00 0.94)
    "heldout_html97": (0.99, 0.99, 0.99, 0.94),  # 0.996 1.00 1.00 (sealed; first run on de9cfe96: 0.991 1.00 1.00)
    "heldout_text_copied114": (0.97, 0.99, 0.93, 0.77),  # 0.978 1.00 0.94 (sealed; first run on 1fb2dc33: 0.976 1.00 0.94)
    "heldout_text_copied115": (0.97, 0.99, 0.91, 0.89),  # 0.977 1.00 0.92 (sealed; first run on e537bf2e: the same)
    "heldout_html98": (0.98, 0.99, 0.99, 0.92),  # 0.991 1.00 1.00 (sealed; first run on e537bf2e: the same, one page's
    # description the byline row: mended)
    "heldout_text_copied116": (0.97, 0.99, 0.99, 0.83),  # 0.980 1.00 1.00 (sealed; first run on a3b93f55: 0.977 0.92
    # 1.00, a Japanese release's section label taken for the headline, a photographer's credit in capitals as a heading)
    "heldout_html99": (0.98, 0.91, 0.96, 0.93),  # 0.992 0.92 0.97 (sealed; first run on a3b93f55: 0.979 0.83 0.94: a
    # Blogger post's lead taken for the dek its meta description cut off, a show's name in the <h1> for the episode's
    # headline, a lead box under a logo's <h1> missed)
    "heldout_text_copied117": (0.97, 0.99, 0.92, 0.89),  # 0.977 1.00 0.94 (sealed; first run on 1d5638a9: 0.970 1.00
    # 0.89: a byline with the reporter's address after the name missed, a Greek blog's like buttons and its writer's box
    # kept)
    "heldout_html100": (0.96, 0.99, 0.99, 0.86),  # 0.974 1.00 1.00 (sealed; first run on 1d5638a9: 0.974 1.00 0.97, a
    # government release's Dublin Core date missed)
    "heldout_text_copied118": (0.96, 0.99, 0.99, 0.69),  # 0.970 1.00 1.00 (sealed; first run on 4f88fecf: 0.968 0.92
    # 1.00, a player's "Available for over a year" taken for the headline)
    "heldout_html101": (0.99, 0.99, 0.99, 0.96),  # 0.997 1.00 1.00 (sealed; first run on 4f88fecf: 0.991 1.00 1.00)
    "heldout_text_copied119": (0.97, 0.91, 0.82, 0.93),  # 0.984 0.92 0.83 (sealed; first run on 091ae303: the same)
    "heldout_html102": (0.98, 0.99, 0.99, 0.95),  # 0.992 1.00 1.00 (sealed; first run on 091ae303: the same)
    "heldout_text_copied120": (0.99, 0.99, 0.96, 0.99),  # 1.000 1.00 0.97 (sealed; first run on 3435e40d: 1.000 0.92 0.97)
    "heldout_html103": (0.99, 0.99, 0.96, 0.97),  # 0.998 1.00 0.97 (sealed; first run on 3435e40d: 0.992 1.00 0.97)
    "heldout_text_copied121": (0.99, 0.99, 0.93, 0.96),  # 0.998 1.00 0.94 (sealed; first run on bae48af5: 0.995 1.00 0.89)
    "heldout_html104": (0.97, 0.99, 0.99, 0.81),  # 0.978 1.00 1.00 (sealed; first run on bae48af5: 0.977 1.00 1.00)
    "heldout_text_copied122": (0.99, 0.99, 0.99, 0.96),  # 0.994 1.00 1.00 (sealed; first run on d05269c4: 0.994 1.00 0.97)
    "heldout_html105": (0.98, 0.99, 0.96, 0.92),  # 0.987 1.00 0.97 (sealed; first run on d05269c4: 0.963 1.00 0.97)
    "heldout_text_copied123": (0.97, 0.99, 0.96, 0.82),  # 0.975 1.00 0.97 (sealed; first run on c6235cb7: 0.975 1.00 0.94)
    "heldout_html106": (0.98, 0.99, 0.99, 0.92),  # 0.984 1.00 1.00 (sealed; first run on c6235cb7: 0.983 0.92 1.00)
    "heldout_text_copied124": (0.99, 0.99, 0.97, 0.96),  # 0.995 1.00 0.97 (sealed; first run on 2fa8d10e: 0.979 1.00 0.94)
    "heldout_html107": (0.99, 0.99, 0.97, 0.98),  # 0.999 1.00 0.97 (sealed; first run on 2fa8d10e: 0.995 1.00 0.97)
    "heldout_text_copied125": (0.98, 0.99, 0.93, 0.92),  # 0.989 1.00 0.94 (sealed; first run on 43d45112: 0.974 0.92 0.89)
    "heldout_html108": (0.99, 0.99, 0.99, 0.92),  # 0.993 1.00 1.00 (sealed; first run on 43d45112: 0.982 1.00 1.00)
    "heldout_text_copied126": (0.98, 0.99, 0.97, 0.82),  # 0.982 1.00 0.97 (sealed; first run on 96d0931e: 0.982 1.00 0.97)
    "heldout_html109": (0.97, 0.99, 0.99, 0.86),  # 0.975 1.00 1.00 (sealed; first run on 96d0931e: 0.975 1.00 1.00)
    "heldout_text_copied127": (0.99, 0.99, 0.99, 0.99),  # 1.000 1.00 1.00 (sealed; first run on 46689ab4: 0.990 1.00 0.94)
    "heldout_html110": (0.99, 0.99, 0.99, 0.95),  # 0.993 1.00 1.00 (sealed; first run on 46689ab4: 0.991 1.00 1.00)
    "heldout_text_copied128": (0.99, 0.99, 0.99, 0.96),  # 0.993 1.00 1.00 (sealed; first run on 7432fe4e: 0.985 1.00 0.97)
    "heldout_html111": (0.98, 0.99, 0.99, 0.95),  # 0.991 1.00 1.00 (sealed; first run on 7432fe4e: 0.991 1.00 1.00)
    "heldout_text_copied129": (0.96, 0.99, 0.99, 0.89),  # 0.971 1.00 1.00 (sealed; first run on d735fd1c: 0.967 0.92 1.00)
    "heldout_html112": (0.98, 0.99, 0.99, 0.93),  # 0.990 1.00 1.00 (sealed; first run on d735fd1c: 0.990 1.00 1.00)
    "heldout_text_copied130": (0.99, 0.91, 0.99, 0.95),  # 0.993 0.92 1.00 (sealed; first run on 73cf9da0: 0.992 0.83 0.94)
    "heldout_text_copied131": (0.99, 0.99, 0.99, 0.97),  # 0.997 1.00 1.00 (sealed; first run on 410d5326: 0.991 0.92 1.00)
    "heldout_html113": (0.99, 0.99, 0.99, 0.92),  # 0.993 1.00 1.00 (sealed; first run on 73cf9da0: 0.993 1.00 1.00)
    "heldout_html114": (0.99, 0.99, 0.99, 0.92),  # 0.994 1.00 1.00 (sealed; first run on 410d5326: 0.992 0.92 1.00)
    "heldout_text_copied132": (0.98, 0.99, 0.99, 0.94),  # 0.988 1.00 1.00 (sealed; first run on 1ee790bb: 0.986 1.00 0.94)
    "heldout_html115": (0.98, 0.99, 0.99, 0.88),  # 0.988 1.00 1.00 (sealed; first run on 1ee790bb: 0.988 1.00 0.97)
    "heldout_text_copied133": (0.88, 0.83, 0.94, 0.09),  # 0.885 0.83 0.94 (sealed; first run on 03e7a10f: 0.885 0.83 0.94)
    "heldout_html116": (0.88, 0.99, 0.99, 0.04),  # 0.888 1.00 1.00 (sealed; first run on 03e7a10f: 0.888 1.00 1.00)
    "heldout_text_copied134": (0.99, 0.99, 0.94, 0.95),  # 0.996 1.00 0.94 (sealed; first run on 03e7a10f: 0.977 1.00 0.92)
    "heldout_html117": (0.99, 0.99, 0.99, 0.99),  # 1.000 1.00 1.00 (sealed; first run on 03e7a10f: 0.995 1.00 1.00)
    "heldout_text_copied135": (0.97, 0.99, 0.99, 0.83),  # 0.980 1.00 1.00 (sealed; first run on c08035c8: 0.979 1.00 1.00)
    "heldout_html118": (0.99, 0.99, 0.99, 0.98),  # 0.999 1.00 1.00 (sealed; first run on c08035c8: 0.911 1.00 1.00)
    "heldout_text_copied136": (0.99, 0.99, 0.88, 0.96),  # 0.997 1.00 0.89 (sealed; first run on 6c39b28c: 0.995 1.00 0.83)
    "heldout_html119": (0.99, 0.99, 0.94, 0.93),  # 0.995 1.00 0.94 (sealed; first run on 6c39b28c: 0.995 1.00 0.94)
    "heldout_text_copied137": (0.99, 0.91, 0.97, 0.97),  # 0.995 0.92 0.97 (sealed; first run on b1ae8bca: 0.987 0.92 0.97)
    "heldout_html120": (0.99, 0.91, 0.99, 0.91),  # 0.991 0.92 1.00 (sealed; first run on b1ae8bca: 0.983 0.92 1.00)
    "heldout_text_copied138": (0.99, 0.99, 0.94, 0.97),  # 0.996 1.00 0.94 (sealed; first run on b1ae8bca: 0.989 1.00 0.92)
    "heldout_html121": (0.99, 0.99, 0.99, 0.94),  # 0.991 1.00 1.00 (sealed; first run on c67892c6: 0.987 1.00 1.00)
    "heldout_text_copied139": (0.99, 0.99, 0.99, 0.96),  # 0.995 1.00 1.00 (sealed; first run on 68be740c: 0.982 1.00 1.00)
    "heldout_html122": (0.99, 0.99, 0.99, 0.99),  # 1.000 1.00 1.00 (sealed; first run on 68be740c: 0.995 1.00 1.00)
    "heldout_text_copied140": (0.99, 0.99, 0.99, 0.97),  # 0.998 1.00 1.00 (sealed; first run on f8083d30: 0.998 1.00 1.00)
    "heldout_html123": (0.97, 0.91, 0.99, 0.90),  # 0.976 0.92 1.00 (sealed; first run on f8083d30: 0.972 0.92 1.00)
    "heldout_text_copied141": (0.98, 0.91, 0.97, 0.93),  # 0.987 0.92 0.97 (sealed; first run on a849c5ab: 0.987 0.92 0.97)
    "heldout_html124": (0.98, 0.99, 0.99, 0.91),  # 0.989 1.00 1.00 (sealed; first run on a849c5ab: 0.989 1.00 1.00)
    "heldout_text_copied142": (0.99, 0.99, 0.97, 0.96),  # 0.995 1.00 0.97 (sealed; first run on 4521c1a9: 0.962 0.92 0.94)
    "heldout_html125": (0.99, 0.99, 0.99, 0.90),  # 0.992 1.00 1.00 (sealed; first run on 4521c1a9: 0.981 1.00 1.00)
    "heldout_text_copied143": (0.96, 0.99, 0.97, 0.67),  # 0.968 1.00 0.97 (sealed; first run on 12f90550: 0.962 0.92 0.94)
    "heldout_html126": (0.99, 0.99, 0.99, 0.96),  # 0.996 1.00 1.00 (sealed; first run on 6156f06e: 0.996 1.00 1.00)
    "heldout_text_copied144": (0.99, 0.99, 0.97, 0.95),  # 0.996 1.00 0.97 (sealed; first run on 43ab993a: 0.994 1.00 0.94)
    "heldout_html127": (0.98, 0.99, 0.99, 0.92),  # 0.985 1.00 1.00 (sealed; first run on 43ab993a: 0.974 1.00 1.00)
    "heldout_text_copied145": (0.98, 0.99, 0.99, 0.94),  # 0.987 1.00 1.00 (sealed; first run on ccca6771: 0.986 1.00 1.00)
    "heldout_html128": (0.98, 0.99, 0.99, 0.92),  # 0.989 1.00 1.00 (sealed; first run on ccca6771: 0.989 1.00 1.00)
    "heldout_text_copied146": (0.98, 0.99, 0.94, 0.89),  # 0.988 1.00 0.94 (sealed; first run on ccd4d208: 0.988 1.00 0.94)
    "heldout_html129": (0.98, 0.99, 0.99, 0.92),  # 0.989 1.00 1.00 (sealed; first run on ccd4d208: 0.989 1.00 1.00)
    "heldout_text_copied147": (0.94, 0.99, 0.94, 0.73),  # 0.950 1.00 0.94 (sealed; first run on 38504c38: 0.928 1.00 0.94)
    "heldout_html130": (0.99, 0.99, 0.99, 0.94),  # 0.992 1.00 1.00 (sealed; first run on 38504c38: 0.992 1.00 0.97)
    "heldout_text_copied148": (0.99, 0.99, 0.99, 0.94),  # 0.993 1.00 1.00 (sealed; first run on c71d7870: 0.993 1.00 1.00)
    "heldout_html131": (0.97, 0.99, 0.99, 0.90),  # 0.974 1.00 1.00 (sealed; first run on c71d7870: 0.974 1.00 1.00)
    "heldout_text_copied149": (0.99, 0.99, 0.99, 0.95),  # 0.994 1.00 1.00 (sealed; first run on 35ed7589: 0.994 1.00 1.00)
    "heldout_html132": (0.985, 0.99, 0.99, 0.92),  # 0.991 1.00 1.00 after the paywall's cut paragraph (sealed; first run on 35ed7589: 0.964 1.00 1.00)
    "heldout_text_copied150": (0.98, 0.99, 0.94, 0.94),  # 0.985 1.00 0.94 (sealed; first run on 3f32f4e0: 0.972 1.00 0.94)
    "heldout_html133": (0.99, 0.99, 0.99, 0.98),  # 0.999 1.00 1.00 (sealed; first run on 3f32f4e0: 0.996 0.92 1.00)
    "heldout_text_copied151": (0.98, 0.99, 0.99, 0.94),  # 0.986 1.00 1.00 (sealed; first run on ebb2e566: 0.986 1.00 1.00)
    "heldout_html134": (0.98, 0.99, 0.99, 0.90),  # 0.987 1.00 1.00 (sealed; first run on ebb2e566: 0.987 1.00 1.00)
    "heldout_text_copied152": (0.98, 0.99, 0.99, 0.95),  # 0.988 1.00 1.00 (sealed; first run on f030dd0f: 0.988 1.00 1.00)
    "heldout_html135": (0.98, 0.99, 0.99, 0.86),  # 0.988 1.00 1.00 (sealed; first run on f030dd0f: 0.988 1.00 1.00)
    "heldout_text_copied153": (0.99, 0.99, 0.99, 0.98),  # 0.998 1.00 1.00 (sealed; first run on 5cfc2ecc: 0.998 0.92 0.97)
    "heldout_html136": (0.99, 0.99, 0.99, 0.99),  # 1.000 1.00 1.00 (sealed; first run on 5cfc2ecc: 1.000 0.92 1.00)
    "heldout_text_copied154": (0.99, 0.99, 0.99, 0.97),  # 0.998 1.00 1.00 (sealed; first run on 5cfc2ecc: 0.990 1.00 1.00)
    "heldout_html137": (0.99, 0.99, 0.99, 0.99),  # 1.000 1.00 1.00 (sealed; first run on 5cfc2ecc: 0.985 1.00 0.97)
    "heldout_text_copied155": (0.98, 0.99, 0.99, 0.90),  # 0.987 1.00 1.00 (sealed; first run on stop's rules: 0.983 1.00 1.00)
    "heldout_html138": (0.99, 0.99, 0.99, 0.98),  # 0.999 1.00 1.00 (sealed; first run on stop's rules: 0.999 1.00 1.00)
    "heldout_text_copied156": (0.98, 0.99, 0.99, 0.92),  # 0.988 1.00 1.00 (sealed; first run on main 9aa3005a: 0.977 1.00 0.97)
    "heldout_text_copied157": (0.98, 0.99, 0.99, 0.93),  # 0.990 1.00 1.00 (sealed; first run on first-wave rules: 0.990 1.00 1.00)
    "heldout_text_copied158": (0.97, 0.99, 0.94, 0.85),  # 0.977 1.00 0.94 (sealed; first run on cbb3bd69: 0.962 1.00 0.94)
    "heldout_html139": (0.99, 0.99, 0.99, 0.97),  # 0.996 1.00 1.00 (sealed; first run on main 9aa3005a: 0.983 0.92 1.00)
    "heldout_html140": (0.98, 0.99, 0.99, 0.95),  # 0.986 1.00 1.00 (sealed; first run on first-wave rules: 0.980 1.00 1.00)
    "heldout_html141": (0.98, 0.99, 0.99, 0.86),  # 0.988 1.00 1.00 (sealed; first run on cbb3bd69: 0.988 1.00 1.00)
    "heldout_text_copied159": (0.98, 0.99, 0.99, 0.95),  # 0.990 1.00 1.00 (sealed; first run on main f702f12d)
    "heldout_html142": (0.98, 0.99, 0.97, 0.91),  # 0.987 1.00 0.97 (sealed; first run on main f702f12d)
    "heldout_text_copied160": (0.99, 0.99, 0.99, 0.99),  # 1.000 1.00 1.00 (sealed; first run on main f702f12d)
    "heldout_html143": (0.99, 0.99, 0.99, 0.96),  # 0.997 1.00 1.00 (sealed; first run on main f702f12d)
    "heldout_text_copied161": (0.99, 0.99, 0.97, 0.97),  # 0.998 1.00 0.97 (sealed; first run on main f702f12d)
    "heldout_html144": (0.99, 0.99, 0.99, 0.94),  # 0.993 1.00 1.00 (sealed; first run on main f702f12d; 0.997 on a rule for saved pages' summary boxes, withdrawn)
    "heldout_text_copied162": (0.98, 0.99, 0.99, 0.95),  # 0.989 1.00 1.00 (sealed; first run on main f702f12d)
    "heldout_html145": (0.98, 0.99, 0.99, 0.91),  # 0.986 1.00 1.00 (sealed; first run on main f702f12d)
    "heldout_text_copied163": (0.99, 0.99, 0.99, 0.97),  # 0.994 1.00 1.00 (sealed; first run on main b3937d68: 0.984 1.00 1.00)
    "heldout_html146": (0.99, 0.99, 0.99, 0.98),  # 0.999 1.00 1.00 (sealed; first run on main b3937d68: 0.988 1.00 1.00)
    "heldout_text_copied164": (0.98, 0.99, 0.94, 0.84),  # 0.986 1.00 0.94 (sealed; first run on main b3937d68: 0.961 1.00 0.92)
    "heldout_html147": (0.99, 0.99, 0.99, 0.89),  # 0.991 1.00 1.00 (sealed; first run on main b3937d68: 0.989 1.00 1.00)
    "heldout_text_copied165": (0.99, 0.99, 0.94, 0.94),  # 0.995 1.00 0.94 after the third wave's rules (sealed; first run on main b3937d68: 0.990 1.00 0.94)
    "heldout_html148": (0.99, 0.99, 0.99, 0.98),  # 0.999 1.00 1.00 after the third wave's rules (sealed; first run on main b3937d68: 0.980 1.00 1.00)
    "heldout_text_copied166": (0.97, 0.99, 0.99, 0.71),  # 0.975 1.00 1.00 (sealed; first run on main 95d804ad)
    "heldout_html149": (0.98, 0.99, 0.99, 0.95),  # 0.990 1.00 1.00 (sealed; first run on main 95d804ad)
    "heldout_text_copied167": (0.99, 0.99, 0.99, 0.99),  # 1.000 1.00 1.00 (sealed; first run on main 95d804ad: 0.983 0.92 0.94)
    "heldout_html150": (0.99, 0.99, 0.99, 0.91),  # 0.993 1.00 1.00 (sealed; first run on main 95d804ad: 0.992 1.00 1.00)
    "heldout_text_copied168": (0.99, 0.99, 0.99, 0.97),  # 0.998 1.00 1.00 (sealed; first run on main 95d804ad: 0.998 1.00 1.00)
    "heldout_html151": (0.98, 0.99, 0.99, 0.86),  # 0.988 1.00 1.00 (sealed; first run on main 95d804ad: 0.984 1.00 1.00)
    "heldout_text_copied169": (0.99, 0.91, 0.97, 0.95),  # 0.991 0.92 0.97 (sealed; first run on main 95d804ad: 0.991 0.92 0.97)
    "heldout_html152": (0.99, 0.99, 0.99, 0.98),  # 0.998 1.00 1.00 (sealed; first run on main 95d804ad: 0.994 1.00 1.00)
    "heldout_text_copied170": (0.99, 0.99, 0.94, 0.96),  # 0.993 1.00 0.94 (sealed; first run on 0e3d3d17: 0.993 1.00 0.94)
    "heldout_text_copied171": (0.97, 0.99, 0.97, 0.82),  # 0.973 1.00 0.97 (sealed; first run on 0e3d3d17: 0.973 1.00 0.97)
    "heldout_text_copied172": (0.98, 0.99, 0.97, 0.92),  # 0.983 1.00 0.97 (sealed; first run on 0e3d3d17: 0.979 1.00 0.97)
    "heldout_html153": (0.99, 0.99, 0.99, 0.95),  # 0.996 1.00 1.00 (sealed; first run on 0e3d3d17: 0.989 1.00 1.00)
    "heldout_html154": (0.98, 0.99, 0.99, 0.94),  # 0.985 1.00 1.00 (sealed; first run on 0e3d3d17: 0.982 0.92 0.97)
    "heldout_html155": (0.98, 0.99, 0.97, 0.94),  # 0.990 1.00 0.97 (sealed; first run on 0e3d3d17: 0.990 1.00 0.97)
    "heldout_text_copied173": (0.99, 0.99, 0.99, 0.95),  # 0.991 1.00 1.00 (sealed; first run on c5da33e1: 0.991 1.00 1.00)
    "heldout_html156": (0.98, 0.99, 0.99, 0.95),  # 0.990 1.00 1.00 (sealed; first run on c5da33e1: 0.990 1.00 1.00)
    "heldout_text_copied174": (0.99, 0.99, 0.99, 0.97),  # 0.998 1.00 1.00 (sealed; first run on 34b5938e: 0.998 1.00 1.00)
    "heldout_html157": (0.99, 0.99, 0.97, 0.99),  # 1.000 1.00 0.97 (sealed; first run on 34b5938e: 1.000 1.00 0.97)
    "heldout_text_copied175": (0.98, 0.99, 0.99, 0.89),  # 0.986 1.00 1.00 (sealed; first run on e61abe5c: 0.983 0.92 1.00)
    "heldout_html158": (0.98, 0.99, 0.99, 0.88),  # 0.988 1.00 1.00 (sealed; first run on f113138d: 0.988 1.00 1.00)
    "heldout_text_copied176": (0.99, 0.99, 0.99, 0.95),  # 0.991 1.00 1.00 (sealed; first run on fd966a53: 0.991 1.00 1.00)
    "heldout_html159": (0.98, 0.99, 0.99, 0.92),  # 0.990 1.00 1.00 (sealed; first run on 2dde2eda: 0.990 1.00 1.00)
    "heldout_text_copied177": (0.99, 0.99, 0.99, 0.96),  # 0.995 1.00 1.00 (sealed; first run on first run)
    "heldout_html160": (0.98, 0.99, 0.99, 0.92),  # 0.981 1.00 1.00 (sealed; first run on first run)
    "heldout_text_copied178": (0.98, 0.91, 0.99, 0.93),  # 0.986 0.92 1.00 (sealed; first run on first run)
    "heldout_html161": (0.99, 0.99, 0.99, 0.95),  # 0.996 1.00 1.00 (sealed; first run on first run)
    "heldout_text_copied179": (0.98, 0.99, 0.97, 0.90),  # 0.982 1.00 0.97 (sealed; first run on first run)
    "heldout_html162": (0.99, 0.99, 0.99, 0.95),  # 0.993 1.00 1.00 (sealed; first run on first run)
    "heldout_html82": (0.99, 0.99, 0.99, 0.96),  # 0.995 1.00 1.00 (first run on 30aa0482: 0.995 1.00 0.97)
}
# What still differs from each label after the fixes of its batch ("body (1 extra, 0 lost)": one line kept that the
# label drops; "kinds differ": the same lines, one read as another kind of block).
_DIFFERS = {
    "heldout_text_copied7/civiccode_medium_bus_app": "body (1 extra, 0 lost)",
    "heldout_text_copied7/dailymeridian_en_live_geneva": "body (0 extra, 4 lost)",
    "heldout_text_copied7/harborcitygazette_amp_shadow_fleet": "description",
    "heldout_text_copied7/nuri_ko_semiconductor_exports": "description",
    "heldout_text_copied7/polosa_ru_21_paket": "publisher, body (1 extra, 1 lost)",
    "heldout_text_copied7/seedlike_en_breadcrumb_planning_cell": "body (4 extra, 4 lost)",
    "heldout_text_copied7/seedlike_pt_temporal_porto_alegre": "description",
    "heldout_text_copied8/alofoq_ar_morocco_fast_train": "description, body (0 extra, 1 lost)",
    "heldout_text_copied8/apbnews_en_witkoff_moscow": "description, body (0 extra, 5 lost)",
    "heldout_text_copied8/eastgate_en_guarantees_without_nato": "body (4 extra, 3 lost)",
    "heldout_text_copied8/hexinfo_fr_plan_paix_europeens": "publisher, body (0 extra, 1 lost)",
    "heldout_text_copied8/ledgerline_en_rbnz_rate_cut": "publisher, description, body (4 extra, 0 lost)",
    "heldout_text_copied8/millbrookcourier_en_levee_grant": "body (2 extra, 2 lost)",
    "heldout_text_copied8/stadtanzeiger_de_bundeswehr_garantien": "body (1 extra, 0 lost)",
    "heldout_text_copied8/tankerwire_en_eu_shadow_fleet": "publisher",
    "heldout_text_copied8/toto_ja_kuma_shutsubotsu": "publisher, body (0 extra, 1 lost)",
    "heldout_text_copied9/deeptime_en_coral_spawning": "body (1 extra, 0 lost)",
    "heldout_text_copied9/hanbitilbo_ko_security_guarantee": "author, publisher, description",
    "heldout_text_copied9/khabarnameh_fa_aloodegi_tehran": "author, date, body (1 extra, 0 lost)",
    "heldout_text_copied9/kxrt5_en_ice_storm_power": "body (1 extra, 0 lost)",
    "heldout_text_copied9/meridianinstitute_en_guarantee_limits": "body (3 extra, 4 lost)",
    "heldout_text_copied9/northstartv_en_european_troops": "body (1 extra, 0 lost)",
    "heldout_text_copied9/omroepnoord_nl_storm_dijk": "body (1 extra, 0 lost)",
    "heldout_text_copied9/tickerwire_en_oil_rouble": "body (1 extra, 0 lost)",
    "heldout_text_copied9/touchlinedaily_en_harbourside_derby": "body (2 extra, 0 lost)",
    "heldout_text_copied10/baltwire_en_shadow_fleet": "body (1 extra, 1 lost)",
    "heldout_text_copied10/metrotribune_en_rail_strike": "body (1 extra, 1 lost)",
    "heldout_text_copied10/midlandherald_en_flu_hospitals": "body (3 extra, 3 lost)",
    "heldout_text_copied10/nusantarakini_id_erupsi_penerbangan": "body (1 extra, 1 lost)",
    "heldout_text_copied10/vozdelestrecho_es_garantias": "author",
    "heldout_text_copied11/dispatchbox_en_sanctions_relief": "body (0 extra, 1 lost)",
    "heldout_text_copied11/homewardwatch_en_children_clause": "body (4 extra, 4 lost)",
    "heldout_text_copied11/medium_en_flaky_tests": "body (2 extra, 1 lost)",
    "heldout_text_copied11/mvd_oberweser_de_schuelerticket": "publisher",
    "heldout_text_copied11/steppewatch_en_guarantee_draft": "body (0 extra, 1 lost)",
    "heldout_text_copied12/asahikaze_ja_wakei_qa": "publisher, body (5 extra, 5 lost)",
    "heldout_text_copied12/eastledger_en_sanctions_snapback": "body (1 extra, 0 lost)",
    "heldout_text_copied12/greyharbournotes_en_guarantee_doubts": "body (1 extra, 0 lost)",
    "heldout_text_copied12/healthdesknow_en_norovirus_questions": "body (1 extra, 0 lost)",
    "heldout_text_copied12/medium_en_oncall_year": "publisher, body (1 extra, 0 lost)",
    "heldout_text_copied12/mellanstadsbladet_sv_sparvagn_avstangd": "publisher",
    "heldout_text_copied12/prairiepost_en_wire_opec_output": "body (1 extra, 0 lost)",
    "heldout_text_copied12/revistacadran_ro_satele_goale": "body (2 extra, 0 lost)",
    "heldout_text_copied12/rijksbureausancties_nl_schaduwvloot": "body (2 extra, 0 lost)",
    "heldout_text_copied12/waterbalance_en_aquifer_recovery": "author",
    "heldout_text_copied12/wealdgazette_en_school_merger": "body (3 extra, 0 lost)",
    "heldout_text_copied13/birchlanekitchen_en_rye_starter": "body (2 extra, 2 lost)",
    "heldout_text_copied13/eastboundbrief_en_guarantees_issue": "body (4 extra, 4 lost)",
    "heldout_text_copied13/educationcarrick_en_minister_speech": "body (0 extra, 1 lost)",
    "heldout_text_copied13/ledgerhull_en_shadow_fleet_sanctions": "body (6 extra, 3 lost)",
    "heldout_text_copied13/riverkeepers_en_sewage_spills": "body (3 extra, 3 lost)",
    "heldout_text_copied13/suonreunalla_fi_ennallistetut_suot": "body (3 extra, 3 lost)",
    "heldout_text_copied13/tiszapartihirek_hu_hidfelujitas": "body (1 extra, 1 lost)",
    "heldout_text_copied13/vindposten_da_havvind_udbud": "body (2 extra, 1 lost)",
    "heldout_text_copied14/borderlines_en_guarantees_issue": "body (1 extra, 1 lost)",
    "heldout_text_copied14/harbourcity_en_mayor_housing_speech": "body (0 extra, 1 lost)",
    "heldout_text_copied14/kodanote_ja_local_llm_notes": "body (2 extra, 2 lost)",
    "heldout_text_copied14/longallotment_en_frost_garlic": "body (2 extra, 2 lost)",
    "heldout_text_copied14/skogslogistik_sv_timber_rail": "body (1 extra, 1 lost)",
    "heldout_html9/dailymeridian_en_live_geneva": "body (1 extra, 5 lost)",
    "heldout_html9/deccanledger_in_oil_geneva": "description",
    "heldout_html9/kvdn_us_tv_plow_shortage": "publisher, description",
    "heldout_html9/nuri_ko_semiconductor_exports": "publisher",
    "heldout_html9/polosa_ru_21_paket": "body (1 extra, 0 lost)",
    "heldout_html24/fieldline_en_kharkiv-demining-season": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html29/bstsekretoriatas_lt_saugumo-garantijos-konsultacijos": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html29/taccuinodeldelta_it_traghetto-a-fune-punta-raspina": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html30/egehaberpostasi_tr_ayvalik-zeytin-hasadi-rekolte": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html31/iltelaio_it_sanzioni-russia-macchine-utensili": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html31/korfezpostasi_tr_vapur-kis-tarifesi-gece-seferleri": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html31/slowcommute_en_four-winter-commutes-compared": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html32/meridianwatch_en_geneva-round-monitoring-not-maps": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html32/mfa-aldmark_en_sanctions-list-41-vessels-12-companies": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html33/vientivalvontavirasto_fi_pakotteet-kauttakuljetus-ohje": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html34/bawabatalmadina_ar_souq-alsagha-tarmim": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html35/tidewaterrisk_en_shadow-fleet-insurance-sanctions": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html37/latuvahti_fi_latukone-talvet": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html38/prybuzkyikurier_uk_ramkova-uhoda-peremyria": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html38/sadaalmarfa_ar_mahatat-tahliya-amp": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html45/harbourledger_en_istanbul-prisoner-exchange-framework": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
}
# (Batch 27 and HTML batch 10 come out as labelled after their fixes: no page of theirs is listed.)
# Batch 28 (heldout_text_copied16) after its fixes (stop 18): every title and metadata field as labelled; bodies left.
BATCH_28_FIRST_RUN = {
    "heldout_text_copied16/allgemeinewarte_de_sanktionspaket-budapest": "body (0 extra, 1 lost)",
    "heldout_text_copied16/chequeoabierto_es_activos-rusos-bulo": "body (6 extra, 3 lost)",
    "heldout_text_copied16/haesol_ko_hanpa-swimteo": "body (1 extra, 0 lost)",
    "heldout_text_copied16/hidfo_hu_interju-szabo-gergely": "body (1 extra, 1 lost)",
    "heldout_text_copied16/rajaseudunsanomat_fi_itaraja-yrittajat": "body (1 extra, 1 lost)",
}
# Blind batch 29 (heldout_text_copied17): first run on main 30bda7e 0.926 0.93 0.64; what differs after batch 28's fixes.
BATCH_29_FIRST_RUN = {
    "heldout_text_copied17/nuovoosservatore_it_ginevra-garanzie": "date, description",
    "heldout_text_copied17/faktlupa_bg_odesa-claim": "body (3 extra, 1 lost)",
    "heldout_text_copied17/gesherinstitute_he_guarantees": "body (5 extra, 2 lost)",
    "heldout_text_copied17/harrowgatecourier_en_frozen-assets": "publisher, body (1 extra, 5 lost)",
    "heldout_text_copied17/nna_lt_saugumo-garantijos": "author, description, body (2 extra, 0 lost)",
    "heldout_text_copied17/paevakaja_et_laakso-intervjuu": "body (5 extra, 7 lost)",
    "heldout_text_copied17/slowharvest_en_clay-soils": "body (2 extra, 2 lost)",
    "heldout_text_copied17/tidewaterdispatch_en_oyster-reefs": "body (4 extra, 3 lost)",
    "heldout_text_copied17/tohokeizai_ja_gas-futures": "author",
    "heldout_text_copied17/tribinasport_sr_stari-grad-podunavlje": "body (3 extra, 0 lost)",
    "heldout_text_copied17/tvk24_pl_sankcje-gwarancje": "body (2 extra, 0 lost)",
    "heldout_text_copied17/waalkant_nl_waalbrug": "author, body (5 extra, 0 lost)",
}
# Blind batch 30 (heldout_text_copied18): first run on main 0.943 0.79 0.71; what differs after batch 28's fixes.
BATCH_30_FIRST_RUN = {
    "heldout_text_copied18/astrapi_el_tanker-kyroseis": "description, body (1 extra, 0 lost)",
    "heldout_text_copied18/contrastado_es_video-otan-odesa": "publisher, description, body (2 extra, 0 lost)",
    "heldout_text_copied18/dapur-bu-ratna_id_rendang-kering-bukittinggi": "body (1 extra, 1 lost)",
    "heldout_text_copied18/forskerbladet_da_iskerne-vulkaner": "publisher",
    "heldout_text_copied18/hanseatischer-kurier_de_sicherheitsgarantien-bundestag": "body (3 extra, 3 lost)",
    "heldout_text_copied18/harbor-city-sentinel_en_mortgage-payoff-column": "author, description, body (1 extra, 1 lost)",
    "heldout_text_copied18/hlas-zemplina_sk_hranicny-priechod-rokovania": "publisher, body (2 extra, 0 lost)",
    "heldout_text_copied18/kapitalposten_sv_frysta-tillgangar-lan": "body (0 extra, 1 lost)",
    "heldout_text_copied18/kyivskyi-ohliadach_uk_zheneva-online": "description, body (1 extra, 0 lost)",
    "heldout_text_copied18/meridian_en_geneva-round-three": "body (1 extra, 0 lost)",
    "heldout_text_copied18/nordkanalen_no_nordisk-garantimote": "author, publisher, description, body (1 extra, 0 lost)",
    "heldout_text_copied18/pressline_en_halvorsen-orchard-harvester": "author",
    "heldout_text_copied18/revue-strateges_fr_garanties-budapest": "description, body (3 extra, 0 lost)",
}
# Blind batch 31 (heldout_text_copied19), measured on main 865e6a8 (batch 28's fixes in), nothing made for it.
BATCH_31_FIRST_RUN = {
    "heldout_text_copied19/conferi_pt_odessa_acordo_falso": "body (3 extra, 4 lost)",
    "heldout_text_copied19/diarionazionale_it_sanzioni_flotta_ombra": "author, publisher, body (1 extra, 0 lost)",
    "heldout_text_copied19/financieelkompas_nl_gasprijs_vredesgesprekken": "description, body (0 extra, 7 lost)",
    "heldout_text_copied19/hamabat_he_arvuyot_bitachon": "author, date, publisher, body (1 extra, 0 lost)",
    "heldout_text_copied19/harbourside_en_kingsport_comeback": "body (1 extra, 1 lost)",
    "heldout_text_copied19/hokushin_ja_moto_taishi_interview": "description, body (1 extra, 0 lost)",
    "heldout_text_copied19/meridianreview_en_interstellar_comet": "date, publisher",
    "heldout_text_copied19/phusa_vi_gia_gao_xuat_khau": "author, publisher, description, body (2 extra, 5 lost)",
    "heldout_text_copied19/pohjolansanomat_fi_geneve_seuranta": "body (4 extra, 6 lost)",
    "heldout_text_copied19/vesteadunarii_ro_drona_galati": "body (7 extra, 0 lost)",
    "heldout_text_copied19/villamhirek_hu_kijev_dronetamadas": "body (1 extra, 0 lost)",
}
# Blind batch 32 (heldout_text_copied20), measured on main 1079a56 (stop 18's rules in), nothing made for it.
BATCH_32_FIRST_RUN = {
    "heldout_text_copied20/coastal-resilience_en_estuary-barrier-funding": "body (0 extra, 4 lost)",
    "heldout_text_copied20/contraste-diario_es_video-bandera-ue": "body (2 extra, 0 lost)",
    "heldout_text_copied20/daily-klaxon_en_envoy-walkout": "author, body (1 extra, 1 lost)",
    "heldout_text_copied20/dansk-morgenblad_da_sikkerhedsgarantier-ukraine": "author",
    "heldout_text_copied20/dunav-tv_bg_mini-cherno-more": "body (3 extra, 3 lost)",
    "heldout_text_copied20/hangyeol-ilbo_ko_jeon-daesa-inteobyu": "body (0 extra, 3 lost)",
    "heldout_text_copied20/kabarlintas_id_paket-sanksi-ke-21": "author",
    "heldout_text_copied20/le-fil-grenoblois_fr_telepherique-vote": "body (1 extra, 0 lost)",
    "heldout_text_copied20/nea-imerisia_el_engyiseis-asfaleias": "author, body (2 extra, 0 lost)",
    "heldout_text_copied20/stad24_ar_alwefaq-alnajm": "description, body (1 extra, 0 lost)",
    "heldout_text_copied20/stolychnyi-visnyk_uk_zheneva-den-tretii": "body (1 extra, 2 lost)",
    "heldout_text_copied20/zhixin-kexue_zh_qingzang-bingchuan": "publisher, body (4 extra, 5 lost)",
}
# Blind batch 33 (heldout_text_copied21), first run on main 6c2d63e; what still differs after stop 19's rules.
BATCH_33_FIRST_RUN = {
    "heldout_text_copied21/bapi_en_security-guarantees-commentary": "body (4 extra, 6 lost)",
    "heldout_text_copied21/dennikhorizont_sk_recenzia-posledna-zima": "body (2 extra, 0 lost)",
    "heldout_text_copied21/gundemmanset_tr_istanbul-gizli-gorusme": "body (1 extra, 2 lost)",
    "heldout_text_copied21/spokeanddrizzle_en_winter-commuting": "body (5 extra, 7 lost)",
    "heldout_text_copied21/tinnhanhmientrung_vi_lu-quang-ngai": "description, body (2 extra, 1 lost)",
    "heldout_text_copied21/tjednikpogled_hr_intervju-kovacevic": "body (2 extra, 0 lost)",
    "heldout_text_copied21/uzletinaplo_hu_szankcios-csomag-lng": "body (3 extra, 0 lost)",
    "heldout_text_copied21/wiltshirevale_en_care-home-manager-jailed": "body (1 extra, 0 lost)",
}
# Blind HTML batch 11 (heldout_html11), measured on main 6c2d63e, nothing made for it (tables and a three-name byline
# relabelled to the conventions first).
HTML_11_FIRST_RUN = {
    "heldout_html11/dniprovisnyk_uk_zheneva-den-druhyi-onlain": "body (0 extra, 1 lost)",
    "heldout_html11/quotidianomeridiano_it_garanzie-sicurezza-articolo-5": "description, body (3 extra, 3 lost)",
}
# Blind batch 34 (heldout_text_copied22), first run on main at the end of stop 19, nothing made for it.
BATCH_34_FIRST_RUN = {
    "heldout_text_copied22/bottenvikenstidning_sv_skuggflottan-tankfartyg": "body (3 extra, 3 lost)",
    "heldout_text_copied22/dailyclarion_en_oligarch-superyacht": "body (0 extra, 2 lost)",
    "heldout_text_copied22/elegktis_el_nato-stratevmata-oukrania": "body (4 extra, 3 lost)",
    "heldout_text_copied22/elfaropeninsular_es_directo-ginebra": "body (6 extra, 3 lost)",
    "heldout_text_copied22/hannuri_ko_ukraine-ambassador-interview": "description, body (4 extra, 5 lost)",
    "heldout_text_copied22/hanseatischerkurier_de_versprechen-von-bruessel": "body (2 extra, 3 lost)",
    "heldout_text_copied22/northgatecentre_en_guarantees-without-article5": "description, body (4 extra, 3 lost)",
    "heldout_text_copied22/rodopskivestnik_bg_navodnenie-smolyan": "body (5 extra, 0 lost)",
}
# Blind batch 35 (heldout_text_copied23), first run on main f1612a1 at the start of stop 20, nothing made for it.
BATCH_35_FIRST_RUN = {
    "heldout_text_copied23/contrafir_ro_donbas-acord-fals": "body (10 extra, 5 lost)",
    "heldout_text_copied23/dagbladetoresund_da_kronik-sikkerhedsgarantier": "author",
    "heldout_text_copied23/gazetanadbuzanska_pl_wymiana-jencow-genewa": "author",
    "heldout_text_copied23/horizont_sk_rozhovor-lences-zaruky": "body (4 extra, 1 lost)",
    "heldout_text_copied23/kntnieuws_nl_sancties-schaduwvloot": "description, body (0 extra, 1 lost)",
    "heldout_text_copied23/kymenrannansanomat_fi_raja-yrittajat-pakotteet": "description, body (1 extra, 0 lost)",
    "heldout_text_copied23/mat_pt_plano-seca-algarve": "publisher",
    "heldout_text_copied23/penzugyikronika_hu_reggeli-kronika-genf": "description, body (1 extra, 6 lost)",
    "heldout_text_copied23/splitskakronika_hr_presuda-riva": "body (1 extra, 0 lost)",
    "heldout_text_copied23/tabigurashi_ja_mokuzo-ekisha": "author, publisher, body (0 extra, 1 lost)",
    "heldout_text_copied23/westbrookstandard_en_peace-talks-live": "body (5 extra, 6 lost)",
}
# Blind HTML batch 12 (heldout_html12): first run on main 15ab38c at the start of stop 20 (0.903 / 0.90 / 0.80, a live
# blog lost whole); what differs after the lead's rules from it.
HTML_12_FIRST_RUN = {
    "heldout_html12/abendpost_de_sanktionspaket-schattenflotte": "publisher, description, body (1 extra, 0 lost)",
    "heldout_html12/diariovertice_es_entrevista-marta-iriarte": "description, body (6 extra, 6 lost)",
    "heldout_html12/dunmeregazette_en_bus-routes-cut": "publisher, description, body (0 extra, 1 lost)",
    "heldout_html12/hangyeol_ko_hyujeon-gamsidan": "author, description",
    "heldout_html12/pohjolansanomat_fi_turvatakuut-selonteko": "author, description, body (3 extra, 0 lost)",
    "heldout_html12/proinostaxydromos_el_vraxyxronia-misthosi-athina": "publisher, body (1 extra, 0 lost)",
}
# Blind text batch 36 (heldout_text_copied24) and HTML batch 13 (heldout_html13), written at the end of stop 20 and
# measured first on the final main; what differs after the title rules made from batch 36.
BATCH_36_FIRST_RUN = {
    "heldout_text_copied24/balkanskivestnik_bg_pochina-stefan-radev": "body (1 extra, 0 lost)",
    "heldout_text_copied24/diastavrosi_el_kyroseis-30-dis": "body (3 extra, 0 lost)",
    "heldout_text_copied24/elchispazo_es_ginebra-misma-mesa": "body (4 extra, 4 lost)",
    "heldout_text_copied24/fjordkanalen_no_nato-sikkerhetsgarantier": "author, description, body (5 extra, 9 lost)",
    "heldout_text_copied24/holospodniprovia_uk_zheneva-onlain": "body (1 extra, 6 lost)",
    "heldout_text_copied24/kabararena_id_dpr-panggil-pbsi": "body (1 extra, 0 lost)",
    "heldout_text_copied24/kapitalbladet_sv_sanktioner-exportforetag": "author, description, body (4 extra, 3 lost)",
    "heldout_text_copied24/lasemaineeuropeenne_fr_memorandum-budapest": "body (3 extra, 1 lost)",
    "heldout_text_copied24/lecodelbaix_ca_ansietat-joves-csmij": "author, publisher, body (17 extra, 7 lost)",
    "heldout_text_copied24/linjiangribao_zh_ditie-5haoxian-kaitong": "title, description, body (3 extra, 1 lost)",
    "heldout_text_copied24/vysocinskykuryr_cs_ukrajinci-jednani-primeri": "author",
}
HTML_13_FIRST_RUN = {
    "heldout_html13/kyivskyivisnyk_uk_perehovory-zheneva-live": "body (5 extra, 6 lost)",
    "heldout_html13/vastrakustposten_sv_havsbrus-huvudakt": "author, body (1 extra, 1 lost)",
}
# Blind text batch 37 (heldout_text_copied25) and HTML batch 14 (heldout_html14), written at the start of stop 21 and
# measured on main before anything was made for them (text 0.913 / 0.64 / 0.76, HTML 0.973 / 1.00 / 0.83); what differs
# after the rules made from them.
BATCH_37_FIRST_RUN = {
    "heldout_text_copied25/hamigdalor_he_raayon-shagrir": "body (1 extra, 1 lost)",
    "heldout_text_copied25/ijsselbode_nl_oekrainers-vredesplan": "body (0 extra, 1 lost)",
    "heldout_text_copied25/lanternreview_en_wooden-skyscraper": "body (1 extra, 0 lost)",
    "heldout_text_copied25/lupadefapte_ro_sanctiuni-gaz-fals": "body (2 extra, 0 lost)",
    "heldout_text_copied25/noticiasdosado_pt_quota-sardinha": "author",
    "heldout_text_copied25/pohjolansanomat_fi_turvatakuut-analyysi": "author, publisher, description, body (1 extra, 0 lost)",
}
HTML_14_FIRST_RUN = {
    "heldout_html14/courrierestuaire_fr_avoirs-russes-pret-reparation": "body (1 extra, 0 lost)",
    "heldout_html14/cronicaatlantica_es_alto-el-fuego-mar-negro": "description, body (2 extra, 0 lost)",
    "heldout_html14/hamifratz_he_istanbul-energy-truce": "date",
    "heldout_html14/longhaul_en_night-trains-economics": "body (0 extra, 3 lost)",
    "heldout_html14/rheinabendpost_de_genfer-gespraeche": "body (0 extra, 5 lost)",
}
# Blind text batch 38 (heldout_text_copied26) and HTML batch 15 (heldout_html15), written at the end of stop 21 and
# measured on its final main first (text 0.934 / 0.93 / 0.79, HTML 0.980 / 0.80 / 0.93); what differs after the three
# title rules made from them.
BATCH_38_FIRST_RUN = {
    "heldout_text_copied26/aigaiopelagitika-nea_el_karnagio-samos": "author, publisher, body (2 extra, 2 lost)",
    "heldout_text_copied26/ajuntament-vilanova-del-riu_ca_biblioteca": "publisher",
    "heldout_text_copied26/deutsche-abendpost_de_epaper-garantien": "body (1 extra, 0 lost)",
    "heldout_text_copied26/gaceta-peninsular_es_directo-ginebra": "body (10 extra, 8 lost)",
    "heldout_text_copied26/hanbit-ilbo_ko_jihacheol-simya": "body (0 extra, 1 lost)",
    "heldout_text_copied26/kvallsekot_sv_skuggflottan-gotland": "body (2 extra, 0 lost)",
    "heldout_text_copied26/la-vedetta_it_newsletter-garanzie": "publisher, body (3 extra, 1 lost)",
    "heldout_text_copied26/lofotvarden_no_kvoteforhandlinger": "author",
    "heldout_text_copied26/northgate_en_geneva-single-text": "publisher",
    "heldout_text_copied26/quarry-science_en_podcast-sclerosponge": "author, body (3 extra, 1 lost)",
    "heldout_text_copied26/tv-podhuri_cs_zbrojovka-munice": "body (6 extra, 0 lost)",
    "heldout_text_copied26/vakaru-aidas_lt_interviu-gedviliene": "body (4 extra, 4 lost)",
}
HTML_15_FIRST_RUN = {
    "heldout_html15/dniprovisnyk_uk_peregovory-zheneva-live": "author, body (0 extra, 1 lost)",
    "heldout_html15/ilmeridiano_it_sanzioni-ventunesimo-pacchetto": "description",
    "heldout_html15/meznik_cs_kreslici-primeri": "body (1 extra, 0 lost)",
    "heldout_html15/michinokuchuo_ja_kaji-shokunin-noren": "body (0 extra, 1 lost)",
}
# Blind text batch 39 (heldout_text_copied27) and HTML batch 16 (heldout_html16), written at the start of stop 22 and
# measured on main first (text 0.966 / 0.93 / 0.79, HTML 0.959 / 1.00 / 0.90); what differs after the rules made from them.
BATCH_39_FIRST_RUN = {
    "heldout_text_copied27/faktomat_hr_nato-50000-vojnika": "body (8 extra, 4 lost)",
    "heldout_text_copied27/gazetacentralna_pl_22-pakiet-sankcji": "body (1 extra, 1 lost)",
    "heldout_text_copied27/horizontecientifico_es_mediterraneo-octubre-record": "title, author, description",
    "heldout_text_copied27/kaakkoissanomat_fi_itaraja-odotus": "author, body (1 extra, 0 lost)",
    "heldout_text_copied27/michinokuhochi_ja_akasawa-sen-brt": "description, body (0 extra, 3 lost)",
    "heldout_text_copied27/observatoirefrontieres_fr_garanties-securite-ukraine": "author, publisher, body (6 extra, 0 lost)",
    "heldout_text_copied27/orizonttv_ro_nato-garantii-ucraina": "description",
    "heldout_text_copied27/slowallotment_en_lifting-dahlia-tubers": "description, body (1 extra, 0 lost)",
    "heldout_text_copied27/stolychnyichas_uk_zheneva-onlain": "body (1 extra, 1 lost)",
    "heldout_text_copied27/tozsdefigyelo_hu_baratsag-vezetek-szankcio": "publisher, body (1 extra, 0 lost)",
    "heldout_text_copied27/yenipusula_tr_arikan-roportaj": "author",
}
HTML_16_FIRST_RUN = {
    "heldout_html16/haiyueshibao_zh_wukelan-hetan-anquan-baozhang": "author, description, body (1 extra, 0 lost)",
    "heldout_html16/heraldoaustral_es_ginebra-tercera-ronda-canje": "body (0 extra, 1 lost)",
    "heldout_html16/kuriernadwislanski_pl_gwarancje-bezpieczenstwa-nato": "body (0 extra, 1 lost)",
    "heldout_html16/kystbladet_no_hurtigbaten-legges-ned": "description, language",
    "heldout_html16/leveilleurdelest_fr_direct-geneve-negociations": "publisher, body (0 extra, 1 lost)",
    "heldout_html16/northbridgewire_en_prisoner-swap-sanctions-relief": "description, body (0 extra, 1 lost)",
}
# Blind text batch 40 (heldout_text_copied28) and HTML batch 17 (heldout_html17), written in the middle of stop 22 and
# measured first on the stop's code then (text 0.954 / 1.00 / 0.71, HTML 0.948 / 1.00 / 1.00); what differs after its rules.
BATCH_40_FIRST_RUN = {
    "heldout_text_copied28/geopolitikosimeiomatario_el_egguiseis-asfaleias": "author, publisher, body (1 extra, 0 lost)",
    "heldout_text_copied28/kvallsekot_sv_dronarnatten-kyiv": "author, description, body (2 extra, 0 lost)",
    "heldout_text_copied28/nemunonaujienos_lt_derybos-tiesiogiai": "author, description, body (4 extra, 5 lost)",
    "heldout_text_copied28/pistaigol_ca_vic-remunta-reus": "author, publisher",
    "heldout_text_copied28/proverenobg_bg_sanktsii-tok": "author, publisher, description, body (3 extra, 1 lost)",
    "heldout_text_copied28/rheinischeallgemeine_de_sanktionspaket": "body (2 extra, 0 lost)",
    "heldout_text_copied28/thequadrat_en_swiftlet-echo-map": "publisher, body (2 extra, 0 lost)",
    "heldout_text_copied28/wartapesisir_id_banjir-rob-pekalongan": "body (1 extra, 0 lost)",
}
HTML_17_FIRST_RUN = {
    "heldout_html17/curieruldeprut_ro_porturi-armistitiu": "description",
    "heldout_html17/egemanset_tr_bakircilar-carsisi": "body (1 extra, 1 lost)",
    "heldout_html17/kyivskakhvylia_uk_zheneva-online": "body (4 extra, 5 lost)",
    "heldout_html17/tokaimirai_ja_rosen-bus-haishi": "description, body (2 extra, 0 lost)",
    "heldout_html17/ufuqjadid_ar_jeddah-talks": "body (0 extra, 1 lost)",
}
# Blind text batch 41 (heldout_text_copied29), written at the end of stop 22 and measured once (0.961 / 0.93 / 0.83);
# nothing made for it.
BATCH_41_FIRST_RUN = {
    "heldout_text_copied29/aksammanset_tr_esir-takasi-istanbul": "publisher",
    "heldout_text_copied29/diariodoatlantico_pt_genebra-ao-minuto": "body (4 extra, 2 lost)",
    "heldout_text_copied29/dunagazdasaginaplo_hu_szankcios-csomag-lng": "body (0 extra, 4 lost)",
    "heldout_text_copied29/gazetanadwislanska_pl_gwarancje-bez-gwarancji": "author, publisher, description, body (1 extra, 0 lost)",
    "heldout_text_copied29/jadranskisport_hr_lucki-radnik-sokol": "body (1 extra, 1 lost)",
    "heldout_text_copied29/larevuecontinentale_fr_garanties-securite-analyse": "body (3 extra, 1 lost)",
    "heldout_text_copied29/lupaiberica_es_bulo-levantamiento-sanciones": "body (1 extra, 0 lost)",
    "heldout_text_copied29/meridianwire_en_geneva-talks-resume": "description, body (0 extra, 3 lost)",
    "heldout_text_copied29/radiovaleacrisului_ro_pod-alesd-inchis": "author, publisher",
    "heldout_text_copied29/skovbjergamtsavis_da_droneproduktion-brande": "body (1 extra, 0 lost)",
    "heldout_text_copied29/uusirajaseutu_fi_haastattelu-turvatakuut": "body (1 extra, 1 lost)",
}
# Blind HTML batch 18 (heldout_html18), written at the end of stop 22 and measured once (0.961 / 1.00 / 0.90);
# nothing made for it.
HTML_18_FIRST_RUN = {
    "heldout_html18/cronicalevantina_es_sequia-jucar-emergencia": "author, description",
    "heldout_html18/dagbladetvestkyst_no_oljefondet-garanti": "body (6 extra, 0 lost)",
    "heldout_html18/echocontinental_fr_direct-geneve-prisonniers": "author",
    "heldout_html18/gazetanadwislanska_pl_runda-genewska": "body (0 extra, 6 lost)",
    "heldout_html18/hanbitilbo_ko_ev-subsidy-overhaul": "description, body (1 extra, 1 lost)",
    "heldout_html18/northgateherald_en_security-guarantees-draft": "body (0 extra, 1 lost)",
}
# Blind text batch 42 (heldout_text_copied30), written in the second half of stop 22 and measured first on its main
# (0.954 / 0.79 / 0.76). Rules made after: a date's label is no name, "Site - By: Name", a caption credited to the site.
BATCH_42_FIRST_RUN = {
    "heldout_text_copied30/cronacalampo_it_scambio-prigionieri": "body (2 extra, 0 lost)",
    "heldout_text_copied30/diaridelmigdia_ca_europa-taula": "author, publisher, description, body (5 extra, 3 lost)",
    "heldout_text_copied30/gradskipuls_bg_parno-ceni": "body (3 extra, 0 lost)",
    "heldout_text_copied30/hangangeconomy_ko_russia-return": "body (0 extra, 2 lost)",
    "heldout_text_copied30/htk_de_sicherheitsgarantien": "author (joined \"A, B and C\"), body (3 extra, 3 lost: a list without markers)",
    "heldout_text_copied30/kabarkhatulistiwa_id_wawancara-hendra": "body (4 extra, 3 lost)",
    "heldout_text_copied30/northgateherald_en_live-sanctions-geneva": "body (1 extra, 2 lost); its pinned key points are "
                                                                      "right since stop 26",
    "heldout_text_copied30/sverigekanalen_sv_skuggflottan-gotland": "title, author, body (6 extra, 0 lost)",
    "heldout_text_copied30/tekmirio_el_kyroseis-tankers": "body (3 extra, 0 lost)",
    "heldout_text_copied30/yunxinews_zh_metro-line3": "author, date, body (2 extra, 2 lost)",
}
# Blind HTML batch 19 (heldout_html19), the same way (0.981 / 1.00 / 0.87); nothing made for it but what batch 42 asked.
HTML_19_FIRST_RUN = {
    "heldout_html19/harbourline_en_nato-ministers-live": "publisher",
    "heldout_html19/hokurikumirai_ja_minatosen-brt-tenkan": "author, description",
    "heldout_html19/itarajansanomat_fi_valvontatehtava-upseerit": "author, description, body (3 extra, 1 lost)",
    "heldout_html19/ostersjobladet_sv_sa-fungerar-sanktionerna": "body (6 extra, 4 lost)",
    "heldout_html19/vecernikuryr_cs_sankce-balik-zmrazena-aktiva": "body (2 extra, 0 lost)",
}
# Blind text batch 43 (heldout_text_copied31) and HTML batch 20 (heldout_html20), written in the second half of stop 22
# and measured first on its main (16050bc): 0.937 / 0.79 / 0.83 and 0.943 / 1.00 / 0.73.
BATCH_43_FIRST_RUN = {
    "heldout_text_copied31/porssisanomat_fi_pakotepaketti-varjolaivasto": "language",
    "heldout_text_copied31/checagemaberta_pt_plano-paz-odessa": "body (1 extra, 5 lost)",
    "heldout_text_copied31/echocontinental_fr_geneve-force-reassurance": "author, body (3 extra, 0 lost)",
    "heldout_text_copied31/kvarnerskivjesnik_hr_ukrajinci-rijeka-pregovori": "date",
    "heldout_text_copied31/northstar_en_geneva-guarantees-draft": "body (1 extra, 0 lost)",
    "heldout_text_copied31/observadoriberico_es_quien-garantiza-paz": "author, body (1 extra, 0 lost)",
    "heldout_text_copied31/obserwatorium24_pl_kometa-kowalik": "body (1 extra, 0 lost)",
    "heldout_text_copied31/ollnieuws_nl_navo-garanties-brussel": "author, publisher, description, body (3 extra, 0 lost)",
    "heldout_text_copied31/pestikronika_hu_2es-villamos-potlobusz": "body (3 extra, 3 lost)",
    "heldout_text_copied31/radioklitten_da_storm-faerge-aflyst": "publisher, description, body (0 extra, 1 lost)",
}
HTML_20_FIRST_RUN = {
    "heldout_html20/cronicameridional_es_sanciones-activos-congelados": "author, description, body (0 extra, 1 lost)",
    "heldout_html20/hangyeol_ko_ukraine-jaegeon-amp": "description, body (0 extra, 1 lost)",
    "heldout_html20/kabarkhatulistiwa_id_harga-beras-operasi-pasar": "publisher, description, body (1 extra, 4 lost)",
    "heldout_html20/weserwacht_de_genfer-gespraeche-gefangenenaustausch": "publisher",
    "heldout_html20/ziniuuostas_lt_saugumo-garantijos-interviu": "publisher",
}
# Blind text batch 44 (heldout_text_copied32) and HTML batch 21 (heldout_html21), written at the end of stop 22 and
# measured once on its final code (ec311be): 0.933 / 0.93 / 0.93 and 0.957 / 0.90 / 0.93; nothing made for them.
BATCH_44_FIRST_RUN = {
    "heldout_text_copied32/cronacheeuropee_it_garanzie-senza-garanti": "body (2 extra, 0 lost)",
    "heldout_text_copied32/elegktis_el_stratiotes-oukrania": "body (5 extra, 1 lost)",
    "heldout_text_copied32/grom24_bg_dron-varna": "body (1 extra, 0 lost)",
    "heldout_text_copied32/lintasnusa_id_wawancara-dubes-ukraina": "body (7 extra, 2 lost)",
    "heldout_text_copied32/marktzeitung_de_gaspreis-genf": "body (0 extra, 1 lost)",
    "heldout_text_copied32/meridianwire_en_geneva-third-round": "body (0 extra, 4 lost)",
    "heldout_text_copied32/nordkystensavis_no_kirkenes-havn-sanksjoner": "author, body (5 extra, 3 lost)",
    "heldout_text_copied32/sportniutrip_sl_savinja-soca": "title, description",
    "heldout_text_copied32/zhiyuankexue_zh_bingxiahu-weishengwu": "author, body (3 extra, 0 lost)",
}
HTML_21_FIRST_RUN = {
    "heldout_html21/alofuq_ar_istanbul-talks": "author, description, body (0 extra, 1 lost)",
    "heldout_html21/diariodotejo_pt_nato-garantias-ucrania": "description",
    "heldout_html21/holosdnipra_uk_live-den-1373": "body (1 extra, 3 lost)",
    "heldout_html21/meridiancourier_en_geneva-framework": "body (0 extra, 2 lost)",
    "heldout_html21/minatoshimpo_ja_kome-kakaku-geraku": "author, description",
    "heldout_html21/vocedeltirreno_it_ventesimo-pacchetto-sanzioni": "body (0 extra, 1 lost)",
}
# Blind text batch 45 (heldout_text_copied33) and HTML batch 22 (heldout_html22), written at the start of stop 23 and
# measured first on lead24 at 3657d41: 0.981 / 0.86 / 0.83 and 0.972 / 0.90 / 0.93; general rules after (test_ingest_rules45.py).
BATCH_45_FIRST_RUN = {
    "heldout_text_copied33/gazetawschodnia_pl_wywiad-energetyka-ukrainy-zima": "body (6 extra, 6 lost)",
    "heldout_text_copied33/kyivskyivisnyk_uk_online-masovana-ataka-energetyka-14-sichnia": "body (5 extra, 5 lost)",
    "heldout_text_copied33/orbitalnotes_en_t-crb-backyard-photometry": "body (4 extra, 3 lost)",
    "heldout_text_copied33/vastkustbladet_sv_bandy-kvartsfinal-asby-norrbacka": "body (0 extra, 7 lost)",
}
HTML_22_FIRST_RUN = {
    "heldout_html22/millbrooksentinel_en_water-rates-pool-vote": "description, body (1 extra, 1 lost)",
    "heldout_html22/ringsandrafters_en_roof-beam-drought": "body (0 extra, 1 lost)",
    "heldout_html22/tokaikeizai_ja_toyokawa-seiko-ev-plant": "description",
    # (Stop 49: a box named "tabellino", the match sheet, is dropped, as the labels since stop 42 ask; this label,
    # older, kept it.)
    "heldout_html22/sportivoadriatico_it_conero-fano-rimonta": "body (6 lost): the match sheet, which this label keeps",
}
# Blind text batch 46 (heldout_text_copied34) and HTML batch 23 (heldout_html23), written during stop 23 and measured
# on main at 40e3b52: 0.962 / 1.00 / 0.88 and 0.934 / 1.00 / 0.90; rules after (test_ingest_rules45.py).
BATCH_46_FIRST_RUN = {
    "heldout_text_copied34/hokutoshimbun_ja_ryuhyo-aisu-arujii": "publisher",
    "heldout_text_copied34/kuriernadwislanski_pl_wywiad-sankcje-gospodarka-rosji": "body (2 extra, 2 lost)",
    "heldout_text_copied34/norrvikenskommun_sv_kokningsrekommendation-angsby": "publisher",
    "heldout_text_copied34/ondaiberica_es_ucranianos-torrevieja-proteccion": "publisher",
    "heldout_text_copied34/prehleddnes_cs_sankce-eu-baliky-prehled": "body (2 extra, 0 lost)",
    "heldout_text_copied34/presslineglobal_en_halvorsen-subsea-drones-contract": "author",
    "heldout_text_copied34/quotidien2rives_fr_tribune-garanties-securite-ukraine": "body (0 extra, 1 lost)",
    "heldout_text_copied34/rheinkurier_de_liveblog-ukraine-genf-verhandlungen": "body (6 extra, 7 lost)",
    "heldout_text_copied34/vorsklainfo_uk_drony-pidstantsiia-kremenchuk": "publisher",
}
HTML_23_FIRST_RUN = {
    "heldout_html23/cronachedilaguna_it_contributo-accesso-bilancio-estate": "author, publisher",
    "heldout_html23/echoduleman_fr_coalition-volontaires-force-reassurance": "body (1 extra, 0 lost)",
    "heldout_html23/kaiyokansoku_ja_kaimen-suion-saikou": "publisher, body (1 extra, 1 lost)",
    "heldout_html23/northgatecourier_en_harbour-line-electrification-delay": "body (0 extra, 9 lost)",
}
# Blind text batch 47 (heldout_text_copied35), written at the end of stop 23 and measured on its code (lead24 at
# its final ingest rules): 0.975 / 1.00 / 0.83; two rules after (a guest book, a station's underwriting and a gift appeal).
BATCH_47_FIRST_RUN = {
    "heldout_text_copied35/carrowvalleycourier_en_obituary-margaret-ellery": "body (1 extra, 0 lost)",
    "heldout_text_copied35/gradasdelsur_es_cronica-vegabaja-serrania": "publisher, body (1 extra, 0 lost)",
    "heldout_text_copied35/hanseblick_de_liveticker-ukraine-3-dezember": "description, body (2 extra, 7 lost)",
    "heldout_text_copied35/ilfarodiromagna_it_recensione-la-stagione-del-sale": "publisher",
    "heldout_text_copied35/kuriernadwislanski_pl_wywiad-sankcje-gospodarka-rosji": "body (2 extra, 1 lost)",
    "heldout_text_copied35/openhandsrelief_en_winter-frontline-report": "author, body (8 extra, 8 lost)",
    "heldout_text_copied35/polyarnayazvezda_ru_factcheck-eksport-nefti": "body (2 extra, 1 lost)",
    "heldout_text_copied35/slobidskyikurier_uk_kharkiv-teplopostachannia": "author",
    "heldout_text_copied35/zpravyvltava_cs_vysvetlujeme-mirovy-plan": "publisher",
}
# Blind HTML batch 24 (heldout_html24), written at the end of stop 23 and measured once on its final code: 0.989 / 1.00 /
# 0.90; nothing made for it.
HTML_24_FIRST_RUN = {
    "heldout_html24/dziennik-nadbuzanski_pl_kolejki-dorohusk": "publisher",
    "heldout_html24/heraldo-del-sur_es_sequia-guadalquivir-emergencia": "body (1 extra, 0 lost)",
    "heldout_html24/karadeniz-postasi_tr_istanbul-esir-takasi": "publisher, description, body (1 extra, 0 lost)",
    "heldout_html24/namhae-ilbo_ko_solseom-bungyo-graduation": "description",
    "heldout_html24/northgate-ledger_en_baltic-tanker-seizures": "publisher, body (1 extra, 0 lost)",
}
# Blind text batch 48 (heldout_text_copied36) and HTML batch 25 (heldout_html25), measured first on main at bbdcfb8:
# 0.947 / 1.00 / 0.83 and 0.932 / 0.90 / 0.83; general rules after (test_ingest_rules48.py). Several labels write what
# older labels write otherwise: "A, B" for two authors (older: "A and B"), a live entry's time and headline on two lines
# as "## 14:05 Headline" (older: the headline alone), a table's rows as "- " items and a blockquote with its <cite> as a
# plain paragraph (older: rows bare, "> " quotes), an <h3> as "##" (older: "###").
BATCH_48_FIRST_RUN = {
    "heldout_text_copied36/baltichorizon_en_air-defence-guarantees": "author",
    "heldout_text_copied36/daonilbo_ko_dalhangari-teukbyeoljeon": "body (1 extra, 0 lost)",
    "heldout_text_copied36/kagakunomado_ja_nankyoku-hyoukako": "publisher, description",
    "heldout_text_copied36/kurierwislany_pl_flota-cieni-baltyk": "author",
    "heldout_text_copied36/kyivskyivisnyk_uk_onlain-19-travnia": "author (labelled 'A, B'), body (9 extra, 8 lost: each "
                                                                 "entry's time, labelled joined to its headline; the "
                                                                 "summary's points, which this label leaves out)",
    "heldout_text_copied36/lecourrierdulac_fr_entretien-cessez-le-feu": "body (7 extra, 1 lost)",
    "heldout_text_copied36/rheinpost_de_sicherheitsgarantien-kiew": "author",
}
HTML_25_FIRST_RUN = {
    "heldout_html25/deutsche-abendpost_de_schattenflotte-sanktionen": "author",
    "heldout_html25/dniprovska-khvylia_uk_enerhetyky-kharkova": "author",
    "heldout_html25/fietsdraad_nl_accubranden-fietsenstalling": "author",
    "heldout_html25/hlas-posazavi_cs_lavka-pres-sazavu": "author, body (5 extra, 5 lost)",
    "heldout_html25/jsco_en_transshipment-hubs-report": "body (6 extra, 6 lost)",
    "heldout_html25/kurier-nadwislanski_pl_gwarancje-nato": "body (2 extra, 1 lost)",
    "heldout_html25/le-courrier-continental_fr_direct-pourparlers-geneve": "body (11 extra, 8 lost)",
    "heldout_html25/mesa-alentejana_pt_forno-de-lenha-evora": "body (1 extra, 1 lost)",
    "heldout_html25/shiosai-shimpo_ja_toshokan-yakan-kaikan": "description",
}
# Blind text batch 49 (heldout_text_copied37) and HTML batch 26 (heldout_html26), written during stop 24 and measured
# once on its final ingest rules; nothing made for them. (Their writers were told to write two authors "A, B", against
# the labels' "A and B" of earlier batches: four of the author misses below are that.)
BATCH_49_FIRST_RUN = {
    "heldout_text_copied37/alsahil_ar_muhadathat-masqat": "author, date, body (1 extra, 0 lost)",
    "heldout_text_copied37/ambebiskhidi_ka_london-garantiebi": "author, date, publisher",
    "heldout_text_copied37/antapokritis_el_skiodis-stolos": "author, body (1 extra, 0 lost)",
    "heldout_text_copied37/arquibancadasul_pt_final-estadual": "author",
    "heldout_text_copied37/bogazpostasi_tr_karadeniz-gorusmeleri": "title, description",
    "heldout_text_copied37/cronicadunarii_ro_opinie-pace-cu-orice-pret": "body (6 extra, 0 lost)",
    "heldout_text_copied37/hjemmehosmette_da_surdej-chance-til": "publisher, description",
    "heldout_text_copied37/kustposten_sv_liveblogg-ukraina": "author ('A and B' against the label's 'A, B'), body (8 extra, 7 lost: "
                                                           "entries' times and headlines labelled joined); its title, missed on "
                                                           "the first run, is right since (a live page's first entry is no headline)",
    "heldout_text_copied37/pohjolanviesti_fi_turvatakuut-haastattelu": "body (2 extra, 0 lost)",
    "heldout_text_copied37/suarabudaya_id_festival-wayang-muda": "description",
    "heldout_text_copied37/tiszapartihirek_hu_tavhofelujitas": "body (2 extra, 1 lost)",
}
HTML_26_FIRST_RUN = {
    "heldout_html26/bepnhamay_vi_canh-chua-ca-loc": "date, body (7 extra, 7 lost); its title and publisher (a Blogger "
                                                    "<h1> of the blog's name), missed on the first run, are right since",
    "heldout_html26/denieuwekoerier_nl_vredesoverleg-geneve": "author",
    "heldout_html26/norrdalenstidning_sv_smhi-snovarning": "author, publisher",
    "heldout_html26/observatoruldunarii_ro_drona-vadu-teilor-nato": "body (3 extra, 3 lost)",
    "heldout_html26/sanktsioonikeskus_et_kulmutatud-vara-kvartal3": "publisher, body (0 extra, 1 lost)",
    "heldout_html26/skr_fi_turvatakuuneuvottelut-live": "author ('Toimittajat' kept, 'and' against 'A, B'), body (10 extra, "
                                                        "7 lost: entries' times and headlines labelled joined); its title, "
                                                        "cut at its dash on the first run, is right since",
    "heldout_html26/tokleidi_el_systima-eggyodosias-syskevasion": "description, body (6 extra, 5 lost)",
    "heldout_html26/zeminnotlari_tr_guclendirme-mi-yikim-mi": "body (4 extra, 4 lost)",
    "heldout_html26/zinubanga_lt_seselinis-laivynas-sankcijos": "author, body (1 extra, 0 lost)",
}
# Blind text batch 50 (heldout_text_copied38) and HTML batch 27 (heldout_html27), written at the start of stop 25 and
# measured once on main (079a725) before anything was made for them: text 0.947 / 0.93 / 0.74 (1.00 titles on the
# stop's first rule, made before the batch was read), HTML 0.952 / 0.80 / 0.90. Rules after them: see
# tests/test_ingest_rules50.py. (The text batch's writer labelled a table's rows with tabs; relabelled "a | b" as the
# fixtures write them. Empty fields labelled "" are null here, as in the other labels.)
BATCH_50_FIRST_RUN = {
    "heldout_text_copied38/golarena_tr_ege-yildizspor-kuzey-demirspor": "body (1 extra, 1 lost: a related headline as a "
                                                                         "subheading, a subheading dropped)",
    "heldout_text_copied38/hammerlevel_en_extractor-fan-overrun": "author (a Q&A's asker, a user name), body (5 extra, 2 lost: "
                                                                  "comments under the question kept)",
    "heldout_text_copied38/lagerpraxis_de_fahrerlose-transportsysteme-mittelstand": "body (3 extra, 3 lost: a list that "
                                                                                   "lost its bullets read as paragraphs)",
    "heldout_text_copied38/northernledger_en_lindqvist-security-guarantees": "body (3 extra, 3 lost)",
    "heldout_text_copied38/varandaverde_pt_horta-na-varanda-um-ano": "body (2 extra, 2 lost)",
    "heldout_text_copied38/wbcnews_en_istanbul-peace-talks-live": "body (5 extra, 1 lost: a contributor's 'Reporting from' line "
                                                                  "and a 'Get in touch' box kept; entries' headlines, lost "
                                                                  "to their times on the first run, are right since)",
}
HTML_27_FIRST_RUN = {
    "heldout_html27/classicmotogr_el_vespa-1978-anapalaiosi": "description",
    "heldout_html27/meridiandispatch_en_istanbul-ceasefire-maps": "author",
    "heldout_html27/podilliasohodni_uk_perehovory-er-riiad-onlain": "body (1 extra, 1 lost)",
    "heldout_html27/senderosdegredos_es_laguna-grande-invierno": "description, body (3 extra, 4 lost: <h3> labelled '##'; "
                                                                 "the post's closing question to readers dropped)",
    "heldout_html27/slowrailreview_en_night-trains-who-rides": "body (1 extra, 0 lost)",
}
# Blind text batch 51 (heldout_text_copied39) and HTML batch 28 (heldout_html28), written during stop 25 and measured
# once on its final ingest rules (7a74129): text 0.943 / 0.92 / 0.72, HTML 0.953 / 0.90 / 0.80. Two rules after (a
# forum reply's "Re: <title>" subject line and signatures; "Posted at 16:48" as a live entry's time): text 0.943 / 1.00
# / 0.72, HTML 0.988 / 0.90 / 0.80.
BATCH_51_FIRST_RUN = {
    "heldout_text_copied39/almashriq_ar_geneva-prisoner-exchange": "author, publisher, description",
    "heldout_text_copied39/athlitikiimera_el_asteras-thyella-84-79": "author, body (0 extra, 4 lost)",
    "heldout_text_copied39/commonwealthherald_en_geneva-talks-ceasefire-map": "body (1 extra, 0 lost)",
    "heldout_text_copied39/gazetadedimineata_ro_garantii-securitate-ucraina": "body (2 extra, 0 lost)",
    "heldout_text_copied39/melyviz_hu_az-utolso-komp": "publisher, body (2 extra, 0 lost)",
    "heldout_text_copied39/northstarnews_en_nato-guarantees-live": "body (0 extra, 1 lost); its title, author, summary points and first entries' headlines are "
                                                                   "right since",
    "heldout_text_copied39/ostrakusten_sv_eu-sanktionspaket-lng": "author, publisher",
    "heldout_text_copied39/saaristoluonto_fi_harmaahylkeet-laskenta": "body (4 extra, 1 lost)",
    "heldout_text_copied39/slowallotment_en_saving-seed-garlic": "publisher, body (1 extra, 0 lost)",
    "heldout_text_copied39/tankerfreightreview_en_eu-21st-package-shadow-fleet": "publisher",
    "heldout_text_copied39/totokeizai_ja_hokushin-fab-delay": "body (0 extra, 1 lost)",
}
HTML_28_FIRST_RUN = {
    "heldout_html28/carnetsdescevennes_fr_chataignes-recolte-maigre": "body (4 extra, 3 lost)",
    "heldout_html28/coastalcourier_en_storm-edda-live": "body (7 extra, 6 lost)",
    "heldout_html28/geulbat_ko_seoreundaseot-suyeong": "description, body (3 extra, 4 lost)",
    "heldout_html28/iwamikyodoshi_ja_oura-todai-hozon": "title (the site's name before it in one <h1>), author, date, "
                                                        "publisher, description, body (3 extra, 3 lost)",
    "heldout_html28/rheintalerrundschau_de_sicherheitsgarantien-nato": "author, publisher, description",
    "heldout_html28/sanctionsdesk_en_shadow-fleet-shrinking": "body (3 extra, 3 lost)",
}
# Blind text batch 52 (heldout_text_copied40), written at the start of stop 26 and measured once on main (b22205a)
# before any rule was made for it: body F1 0.945, title 0.67, metadata 0.72. What still differs after the stop's rules:
BATCH_52_FIRST_RUN = {
    "heldout_text_copied40/backyardskies_en_pennines_fireball_thread": "publisher, body (1 extra, 0 lost: a signature; "
                                                                       "the forum's rules go since stop 32); its title, "
                                                                       "author and date are right since",
    "heldout_text_copied40/batteryinsight_ko_ecolithium_recycling": "body (0 extra, 2 lost: subheadings); its title, "
                                                                    "a caption on the first run, is right since",
    "heldout_text_copied40/channelnorth_en_nato_guarantees_live": "body (1 extra, 1 lost); its first entries' headlines, above the first long paragraph, are right "
                                                                  "since stop 27",
    "heldout_text_copied40/crumbandcoil_en_rye_starter_cold_kitchen": "body (10 extra, 12 lost)",
    "heldout_text_copied40/dunavskiglas_sr_intervju_stojkovic_primirje": "body (3 extra, 3 lost: questions as '##'); "
                                                                          "its author, a Serbian name opening on 'Ђ'-like "
                                                                          "capitals, is right since stop 27",
    "heldout_text_copied40/harwickgazette_en_old_mill_bridge_closure": "body (2 extra, 0 lost)",
    "heldout_text_copied40/meridianwire_en_vienna_prisoner_exchange": "publisher",
    "heldout_text_copied40/nihonsangyo_ja_arctic_lng_sanctions": "publisher, description",
    "heldout_text_copied40/sportarena_hr_sava_mornar_izvjestaj": "body (1 extra, 2 lost)",
    "heldout_text_copied40/tirtanusantara_id_siaran_pers_ipa_karawang": "publisher ('PT' before the company's name); its "
                                                                        "title and body are right since",
    "heldout_text_copied40/torvik_et_julgeolekutagatised_kolumn": "body (4 extra, 3 lost)",
}
# Blind HTML batch 29 (heldout_html29), written and measured the same way: body F1 0.900 (a Blogger post lost whole to
# its "widget Blog" box, 0.006), title 1.00, metadata 0.87. What still differs after the stop's rules:
HTML_29_FIRST_RUN = {
    "heldout_html29/bunkerandbarrel_en_price-cap-enforcement-thread": "author (a forum member's user name), description "
                                                                      "(the meta description is the post's opening: none "
                                                                      "by the fixtures' convention, labelled)",
    "heldout_html29/pulsdnia_pl_rozmowy-rijad-dzien-drugi": "body (2 extra, 1 lost: the summary box's label, an <h3> entry "
                                                            "labelled '##')",
    "heldout_html29/rozhled24_cs_sankce-dvacaty-balik-amp": "author",
    "heldout_html29/strata-transitfieldnotes_en_night-bus-year": "body (1 extra, 0 lost)",
}
# Blind text batch 53 (heldout_text_copied41), written during stop 26 and kept sealed until measured once on its final
# rules (546aac1): body F1 0.927, title 0.83, metadata 0.81. No rule was made for it; what differs:
BATCH_53_FIRST_RUN = {
    "heldout_text_copied41/biznes-hronika_bg_sankcii-flot-v-syanka-frahti": "body (4 extra, 0 lost); its title, author "
                                                                            "and dek, lost on the sealed run to a "
                                                                            "Bulgarian cookie banner, are right since",
    "heldout_text_copied41/clearcheck_en_hosepipe-ban-fine-claim": "publisher, body (1 extra, 0 lost)",
    "heldout_text_copied41/dansk-dagblad_da_ukraine-sikkerhedsgarantier": "body (1 extra, 2 lost)",
    "heldout_text_copied41/dapurkopirara_id_sangrai-kopi-pakai-wajan": "date, description, body (11 extra, 12 lost: "
                                                                       "lists that lost their bullets and numbers)",
    "heldout_text_copied41/diendanxemay_vi_xu-ly-xe-may-bi-ngap-nuoc": "author (a forum member's user name), publisher, "
                                                                       "description, body (5 extra, 5 lost)",
    "heldout_text_copied41/fjordkanalen_no_glasiolog-intervju-breene": "body (5 extra, 5 lost)",
    "heldout_text_copied41/hbcnews_en_eu-sanctions-package-live": "body (0 extra, 7 lost)",
    "heldout_text_copied41/sankciju-stebesena_lt_dvigubos-paskirties-prekes": "body (6 extra, 4 lost)",
}
# Blind HTML batch 30 (heldout_html30), written and kept sealed the same way: body F1 0.993, title 1.00, metadata 0.90.
HTML_30_FIRST_RUN = {
    "heldout_html30/debatnik_cs_mirova-jednani-zmrazeni-fronty": "author, date",
    "heldout_html30/pulsdnia_pl_relacja-gwarancje-bezpieczenstwa": "body (1 extra, 0 lost)",
    "heldout_html30/slowdata_en_balcony-weather-station-year": "body (1 extra, 0 lost)",
    "heldout_html30/solderandsmoke_en_cheap-soldering-stations-tested": "body (1 extra, 1 lost)",
}
# Blind text batch 54 (heldout_text_copied42) and HTML batch 31 (heldout_html31), written at the start of stop 27 and
# measured once on main (2461b50) before any rule was made for them: text 0.958 / 0.83 / 0.78, HTML 0.971 / 0.90 / 0.93.
# What still differs after the stop's rules (tests/test_ingest_rules52.py):
BATCH_54_FIRST_RUN = {
    "heldout_text_copied42/congluanmoi_vi_xu-an-song-hong-xanh": "description, body (1 extra, 0 lost: the dek, set as "
                                                                  "the first paragraph with nothing in the copy to tell "
                                                                  "it apart)",
    "heldout_text_copied42/energetskipregled_sr_pnk-sankcije": "body (1 extra, 0 lost: an advertiser's line under its "
                                                                "label)",
    "heldout_text_copied42/factline_en_leeds-hail-video": "body (3 extra, 3 lost: a list that lost its bullets, the "
                                                          "fact-checker's closing notes); its title, author and dek, lost "
                                                          "on the first run to its claim card, are right since",
    "heldout_text_copied42/hbcnews_en_nato-guarantees-live": "publisher (the logo's 'HBC' for 'HBC News'); its first "
                                                             "entries' headlines, lost on the first run, are right since",
    "heldout_text_copied42/pcelaribg_bg_zimuvane-planina": "author (a forum member's user name), description, body (2 "
                                                           "extra, 0 lost: the board's viewer count, a signature)",
    "heldout_text_copied42/sainsnusantara_id_wawancara-peringatan-longsor": "body (5 extra, 6 lost: an interview's "
                                                                            "questions labelled as paragraphs, a "
                                                                            "subheading lost); its title, author and dek, "
                                                                            "lost on the first run to a caption, are "
                                                                            "right since",
}
HTML_31_FIRST_RUN = {
    "heldout_html31/correiocantareira_pt_cantareira-rodizio-campinas": "body (0 extra, 1 lost: a paragraph in a "
                                                                        "'paywall-locked' box, labelled visible)",
    "heldout_html31/hearthandpanel_en_diy-lifepo4-six-months": "body (0 extra, 1 lost)",
    "heldout_html31/kursiuterminalai_lt_sankciju-patikra-sutartys": "description, body (1 extra, 2 lost: the lead, "
                                                                     "which the meta description repeats, taken for a "
                                                                     "dek; an <h3> labelled '##')",
    "heldout_html31/pulswschodu_pl_szczyt-ryga-gwarancje-relacja": "body (2 extra, 1 lost: the summary box's label, an "
                                                                    "<h3> entry labelled '##')",
}
# Blind text batch 55 (heldout_text_copied43) and HTML batch 32 (heldout_html32), written during stop 27 and kept sealed
# until measured once on its final rules (e756b96): text 0.961 / 1.00 / 0.81, HTML 0.999 / 0.90 / 0.90. No rule was
# made for them; what differs:
BATCH_55_FIRST_RUN = {
    "heldout_text_copied43/apiaryforum_en_oxalic-broodless-window": "author, body (1 extra, 0 lost)",
    "heldout_text_copied43/bnt_lt_sankcijos-trasu-tranzitas": "author, body (1 extra, 0 lost)",
    "heldout_text_copied43/c40news_en_geneva-talks-live": "body (0 extra, 1 lost)",
    "heldout_text_copied43/defenceprocurementreview_en_solvang-interview": "body (7 extra, 5 lost)",
    "heldout_text_copied43/jarviseudunsanomat_fi_myrsky-sahkokatkot": "language",
    "heldout_text_copied43/orthimatia_el_riyadh-protocol-factcheck": "author, body (4 extra, 1 lost)",
    "heldout_text_copied43/theslowshelf_en_salt-orchard-review": "body (1 extra, 0 lost)",
}
HTML_32_FIRST_RUN = {
    "heldout_html32/alwaha-alyawm_ar_altaqa-alshamsiya-basatin-alnakhil": "title, description, body (2 extra, 2 lost)",
    "heldout_html32/echocontinental_fr_garanties-securite-force-reassurance": "author",
    "heldout_html32/golos-prydniprovya_uk_perehovory-viden-den-druhyi-onlain": "body (8 extra, 7 lost)",
    "heldout_html32/shinetsu-nippo_ja_chigusa-sen-brt-tenkan-goui": "author",
}
# Blind batches text 56 (heldout_text_copied44) and HTML 33, written at the start of stop 30 and measured once on main
# (d98398a) before any rule was made for them: text 0.960 / 1.00 / 0.83, HTML 0.981 / 1.00 / 0.97. After the stop's
# rules (tests/test_ingest_rules56.py): 0.986 / 1.00 / 0.97 and 0.987 / 1.00 / 1.00. What differs:
BATCH_56_FIRST_RUN = {
    "heldout_text_copied44/crumbandkettle_en_rye-caraway-soda-bread": "body (12 extra, 10 lost)",
    "heldout_text_copied44/darkskytalk_en_sct-corrector-cleaning": "body (8 extra, 8 lost)",
    "heldout_text_copied44/kntnews_en_nato-guarantees-live": "body (0 extra, 1 lost)",
    "heldout_text_copied44/nedeljnipregled_sr_intervju-jovicic-garancije": "body (5 extra, 5 lost)",
    "heldout_text_copied44/uvnoordmaas_nl_glasaal-magnetisch-veld": "body (4 extra, 3 lost)",
    "heldout_text_copied44/verifapt_ro_articolul5-ucraina-inselator": "body (4 extra, 0 lost)",
}
HTML_33_FIRST_RUN = {
    "heldout_html33/bakonyihirmondo_hu_rozalia-furdo-ujranyitas": "body (1 extra, 0 lost)",
    "heldout_html33/northgatebulletin_en_nato-oslo-guarantees-live": "body (8 extra, 7 lost)",
}
# Blind batch text 57 (heldout_text_copied45), written during stop 30 and kept sealed until measured once on its final
# rules (5310a82): 0.973 / 0.92 / 0.72. Rules after it (tests/test_ingest_rules56.py, the last section): 0.982 / 1.00 /
# 0.86. What differs:
BATCH_57_SEALED = {
    "heldout_text_copied45/crumbsandcopper_en_rye-apple-galette": "body (10 extra, 8 lost)",
    "heldout_text_copied45/dnevenobzor_bg_mir-na-hartiya-istanbul": "publisher, body (1 extra, 0 lost)",
    "heldout_text_copied45/feitenwacht_nl_sancties-rusland-30-miljard": "body (6 extra, 4 lost)",
    "heldout_text_copied45/limfjordsavisen_da_thy-fremad-randersbro": "author",
    "heldout_text_copied45/ngnnews_en_oslo-guarantees-live": "publisher",
    "heldout_text_copied45/stargazershub_en_restoring-114mm-reflector": "publisher, body (0 extra, 2 lost)",
    "heldout_text_copied45/zinukompasas_lt_valaitis-garantijos-interviu": "body (3 extra, 0 lost)",
}
# Blind batch HTML 34, written during stop 30 and kept sealed until measured once on its final rules (b68d05f):
# 0.995 / 1.00 / 0.97; no rule made for it. What differs:
HTML_34_SEALED = {
    "heldout_html34/hinatanote_ja_taiyoko-hatsuden-ichinen": "body (4 extra, 3 lost)",
    "heldout_html34/kettlewickcourier_en_library-reopens-after-flood": "body (1 extra, 0 lost)",
    "heldout_html34/nasp-gov_uk-sankcii-tinovyi-flot-87-suden": "publisher, description, body (1 extra, 1 lost)",
    "heldout_html34/tagesfenster_de_nato-sicherheitsgarantien-liveblog": "body (1 extra): the summary box's heading, "
                                                                         "once the dek in its teaser box is found",
}
# Blind batches text 58 (heldout_text_copied46) and HTML 35, written at the start of stop 31 and measured once on main
# (584db9f) before any rule was made for them. After the stop's rules (tests/test_ingest_rules58.py). What differs:
BATCH_58_FIRST_RUN = {
    "heldout_text_copied46/dehanzebode_nl_derby-hanzestad-drielanden": "body (3 extra, 1 lost)",
    "heldout_text_copied46/forumrodadua_id_pengalaman-motor-listrik-konversi": "body (6 extra, 1 lost)",
    "heldout_text_copied46/hangyeolilbo_ko_dalhangari-han-jeongsuk-obituary": "body (1 extra, 1 lost)",
    "heldout_text_copied46/hokuryo-u_ja_crow-social-learning": "body (1 extra, 2 lost)",
    "heldout_text_copied46/lupafaptelor_ro_sanctiuni-pret-motorina": "body (4 extra, 0 lost)",
    "heldout_text_copied46/naftiliakospalmos_el_karavias-mavri-thalassa": "body (3 extra, 2 lost)",
    "heldout_text_copied46/tvoresund_da_soldater-sikkerhedsgaranti": "body (1 extra, 0 lost)",
}
HTML_35_FIRST_RUN = {
    "heldout_html35/harbourline_en_nato-guarantees-summit-live": "body (1 extra, 0 lost)",
    "heldout_html35/sanktsmonitor-gov_uk_synkhronizatsiia-17-paketu-ies": "publisher, body (2 extra, 2 lost)",
}
# Blind batches text 59 (heldout_text_copied47) and HTML 36, written during stop 31 and kept sealed until measured once
# on its final rules (0aab8d2): text 0.939 / 1.00 / 0.72, HTML 0.993 / 1.00 / 0.90. One rule after them (a XenForo
# thread's "Thread starter … Start date …" on one line: text meta 0.78). What differs:
BATCH_59_SEALED = {
    "heldout_text_copied47/eyepieceether_en_diy-dew-heater-dob": "body (1 extra, 1 lost)",
    "heldout_text_copied47/hazelandcrumb_en_brown-butter-rhubarb-crumble-bars": "body (8 extra, 7 lost)",
    "heldout_text_copied47/nbnnews_en_ukraine-peace-talks-live-vienna": "body (0 extra, 1 lost)",
    "heldout_text_copied47/pohjanranta_fi_ennallistetut-suot-hiili": "description, body (1 extra, 0 lost)",
    "heldout_text_copied47/proinostachydromos_el_pethane-stelios-karavias": "body (1 extra, 0 lost)",
    "heldout_text_copied47/rtpinfo_sr_intervju-milosavljevic-primirje": "body (5 extra, 5 lost)",
    "heldout_text_copied47/sportzilnic_ro_olimpia-brasov-progresul": "body (1 extra, 1 lost)",
    "heldout_text_copied47/veritydesk_en_nato-article5-troops-claim-false": "body (1 extra, 0 lost)",
    "heldout_text_copied47/wartapantura_id_banjir-rob-pekalongan-utara": "body (1 extra, 0 lost)",
    "heldout_text_copied47/zinuvejas_lt_es-20-sankciju-paketas": "body (1 extra, 0 lost)",
}
HTML_36_SEALED = {
    "heldout_html36/courrierrhenan_fr_direct-otan-garanties-securite-ukraine": "body (2 extra, 0 lost)",
    "heldout_html36/dniprovskakhvylia_uk_humanitarnyi-trek-obmin-polonenymy": "author",
    "heldout_html36/hafenblick_de_schattenflotte-sanktionspaket-ostseehaefen": "description",
    "heldout_html36/kohanpedal_ja_hamanako-isshu-cycling": "publisher, body (5 extra, 4 lost)",
    "heldout_html36/madaralyawm_ar_souk-nahhasin-saida-tarmim": "body (1 extra, 0 lost)",
    "heldout_html36/tullijaraja_fi_pakotevalvonta-412-lahetysta": "publisher",
}
# Blind batches text 60 (heldout_text_copied48) and HTML 37, written at the start of stop 32 and measured once on main
# (a9e0144) before any rule of the stop: text 0.877 / 1.00 / 0.89, HTML 0.997 / 0.90 / 0.90. What still differs:
BATCH_60_FIRST_RUN = {
    "heldout_text_copied48/backyardoptics_en_comet-lindqvist-report": "body (4 extra, 4 lost)",
    "heldout_text_copied48/boursedaily_en_shadow-fleet-port-ban": "publisher",
    "heldout_text_copied48/bucatariailincai_ro_placinta-dobrogeana": "body (3 extra, 5 lost)",
    "heldout_text_copied48/deltanieuws_nl_factcheck-stookalert-boete": "body (1 extra, 0 lost)",
    "heldout_text_copied48/eastmooruni_en_fungus-wheat-drought": "body (5 extra, 4 lost)",
    "heldout_text_copied48/kruutiset_fi_turvatakuut-suomi": "publisher",
    "heldout_text_copied48/northernledger_en_geneva-guarantees-live": "body (5 extra, 4 lost)",
    "heldout_text_copied48/paratiritis_el_vlachos-synenteuxi": "body (3 extra, 3 lost)",
}
HTML_37_FIRST_RUN = {
    "heldout_html37/drea-gov_ro_b9-garantii-securitate": "publisher",
    "heldout_html37/northgatepost_en_nato-guarantees-live": "body (2 extra, 1 lost)",
}
# Blind batches text 61 (heldout_text_copied49) and HTML 38, written during stop 32 and kept sealed until measured once
# on its rules at 6e2ac5e: text 0.938 / 0.92 / 0.75, HTML 0.968 / 0.90 / 0.87. Rules after them (the last section of
# tests/test_ingest_rules59.py: Nordic paywall prompts, a forum's rules box, replies marked as comments, …): text 0.974
# / 1.00 / 0.75, HTML 0.995 / 0.90 / 0.87. What differs:
BATCH_61_SEALED = {
    "heldout_text_copied49/dnevnipregled_sr_mir-bez-cuvara": "publisher, body (2 extra, 0 lost)",
    "heldout_text_copied49/feitenradar_nl_bevroren-tegoeden-factcheck": "body (4 extra, 0 lost)",
    "heldout_text_copied49/hbs_ko_seohae-donglim-match-report": "author, publisher",
    "heldout_text_copied49/northernstandard_en_helsinki-guarantees-live": "publisher, body (5 extra, 6 lost)",
    "heldout_text_copied49/ryeandramble_en_overnight-rye-caraway": "author, body (7 extra, 7 lost): the method's steps as paragraphs (their numbers lost in the "
                                                                   "copy), the label's as a numbered list",
    "heldout_text_copied49/ucarpatica_ro_interviu-gheata-pesteri": "author, date, description, body (7 extra, 6 lost)",
}
HTML_38_SEALED = {
    "heldout_html38/atlanticcommons_en_guarantees-without-membership": "author",
    "heldout_html38/mittelrheindepesche_de_liveticker-genf-gespraeche": "body (10 extra, 7 lost)",
    "heldout_html38/saimaanaamu_fi_turvatakuut-asiantuntijat": "author, body (2 extra, 2 lost)",
    "heldout_html38/tabinoki_ja_shimanami-kaido-futsukakan": "title, author, publisher, body (4 extra, 4 lost)",
}
# Blind batches text 62 (heldout_text_copied50) and HTML 39, written at the start of stop 33 and measured once on main
# (57ce32e) before any rule: text 0.931 / 1.00 / 0.83, HTML 0.973 / 1.00 / 0.97. After the stop's rules
# (tests/test_ingest_rules60.py): text 0.992 / 1.00 / 0.92, HTML 1.000 / 1.00 / 1.00. What differs (most of it the
# kind of a block: the labels write every subheading "##", tables and quotations bare):
BATCH_62_FIRST_RUN = {
    "heldout_text_copied50/dailyledger_en_ukraine-talks-live-geneva": "body (4 extra, 4 lost): the key points as "
                                                                      "paragraphs, the label's as a list",
    "heldout_text_copied50/eastmoor_en_hollin-tarn-droughts": "body (1 extra, 1 lost): kinds differ",
    "heldout_text_copied50/hazarkor_he_interview-geneva-talks": "author (a Hebrew name over '|' and the date), body (5 "
                                                                "extra, 5 lost): the questions as subheadings",
    "heldout_text_copied50/hexagoneinfo_fr_garanties-securite-force-reassurance": "body (0 extra, 2 lost): two "
                                                                                  "subheadings of eight words in "
                                                                                  "sentence case",
    "heldout_text_copied50/kucharkaodjany_cs_kynute-buchty-s-povidly": "body (4 extra, 4 lost): the second ingredients "
                                                                       "label as an item, the tips as paragraphs",
    "heldout_text_copied50/minatoshinpo_ja_factcheck-earthquake-rumor": "publisher (the copyright line's English name), "
                                                                        "description (the verdict box's words)",
    "heldout_text_copied50/tribunforum_tr_kaan-demirtas-transferi": "publisher, body (3 extra, 4 lost): the post's list "
                                                                    "as paragraphs, its last item (closed by an "
                                                                    "emoji) lost",
}
HTML_39_FIRST_RUN = {
    "heldout_html39/harbourledger_en_geneva-prisoner-exchange-framework": "body (1 extra, 1 lost): a block quotation",
    "heldout_html39/naftoparadosi_el_perama-1958-apokatastasi": "description (the forum's tagline), body (2 extra, 2 "
                                                                "lost): kinds differ",
    "heldout_html39/uzkokolejka_cs_kamenna-lhota-obnova-trati": "body (10 extra, 10 lost): the numbered list, the "
                                                                "table's rows, a block quotation",
    "heldout_html39/zeytindefteri_tr_ayvalik-hasat-soguk-sikim": "body (2 extra, 2 lost): subheadings' level",
}
# Blind batches text 63 (heldout_text_copied51) and HTML 40, written during stop 33 and kept sealed until measured once
# on its rules at 2ba8d81: text 0.964 / 0.92 / 0.92, HTML 0.956 / 1.00 / 0.90. Rules after them (the last section of
# tests/test_ingest_rules60.py: a Hebrew page's cookie notice and credited caption, a Swedish paywall, a live entry's
# <h3> no caption, a quotation closed by ״, a reporter's bio with her address, notes to editors): text 0.985 / 1.00 /
# 0.97, HTML 0.983 / 1.00 / 0.90. What differs:
BATCH_63_SEALED = {
    "heldout_text_copied51/crumbandcrock_en_grandmothers-caraway-rye": "body (3 extra, 0 lost): two photo captions "
                                                                       "written as sentences, the sidebar's bio",
    "heldout_text_copied51/eveningledger_en_security-guarantees-london-summit-live": "body (11 extra, 12 lost): kinds "
                                                                                    "differ",
    "heldout_text_copied51/faktlupa_bg_riyadh-secret-territory-deal-false": "body (2 extra, 1 lost): a screenshot's "
                                                                            "caption and its source kept",
    "heldout_text_copied51/minatohoso_ja_kojo-haisui-sosho-hanketsu": "publisher",
    "heldout_text_copied51/otomeclisi_tr_egea-multijet-soguk-calisma": "description, body (4 extra, 4 lost): kinds "
                                                                       "differ",
    "heldout_text_copied51/scienzaviva_it_intervista-vulcanologa-etna": "body (6 extra, 5 lost): the questions as "
                                                                        "subheadings",
}
HTML_40_SEALED = {
    "heldout_html40/khagolcharcha_hi_hanle-dark-sky-yatra": "author",
    "heldout_html40/kuriernadwislanski_pl_sankcje-flota-cieni": "author (two names joined by a comma), body (5 extra, 5 "
                                                                "lost): the table's rows",
    "heldout_html40/mabatolami_he_vienna-talks-live": "author (the JSON-LD's two names joined by 'and', the page's by "
                                                      "'ו'), body (0 extra, 5 lost): the last entry, after an ad slot",
    "heldout_html40/plot14_en_rainwater-year-allotment": "body (6 extra, 8 lost): the table's rows, a block quotation",
    "heldout_html40/thelongtable_en_reassurance-force-guarantees": "body (1 extra, 1 lost): a block quotation",
}
# Blind batches text 64 (heldout_text_copied52) and HTML 41, written at the start of stop 34 and measured once on main
# (4c23587) before any rule: text 0.866 / 0.92 / 0.69, HTML 0.993 / 1.00 / 0.97. After the stop's rules
# (tests/test_ingest_rules61.py): text 0.988 / 1.00 / 0.86, HTML 1.000 / 1.00 / 0.97. What differs:
BATCH_64_FIRST_RUN = {
    "heldout_text_copied52/crumbandkettle_en_rye-caraway-sourdough": "body (13 extra, 10 lost): the recipe card's "
                                                                     "author line and summary, a photo caption written "
                                                                     "as a sentence; kinds differ",
    "heldout_text_copied52/lhorizon_fr_flotte-fantome-baltique": "author (two names joined by 'and', the page's by "
                                                                 "'et')",
    "heldout_text_copied52/northernledger_en_oslo-security-guarantees-live": "author (the label keeps '(now)' and "
                                                                             "'(earlier)'), body (5 extra, 5 lost): "
                                                                             "kinds differ",
    "heldout_text_copied52/ntu_sv_humlor-vindkraft": "publisher (a university's name, no site-name line), body (3 "
                                                     "extra, 3 lost): kinds differ",
    "heldout_text_copied52/totobiz_ja_tajima-hamono-interview": "publisher (the brand in Latin letters, the label's in "
                                                                "Japanese), body (4 extra, 4 lost): kinds differ",
    "heldout_text_copied52/tribunforum_tr_karasuspor-teknik-direktor": "publisher (the forum's name), body (3 extra, 3 "
                                                                       "lost): kinds differ",
    "heldout_text_copied52/verifydesk_en_millbrook-rain-barrel-fine": "body (4 extra, 5 lost): the fact-check's "
                                                                      "sources list (its items dated) lost, the 'What "
                                                                      "we found' box, a screenshot's caption and the "
                                                                      "rating scale kept",
}
HTML_41_FIRST_RUN = {
    "heldout_html41/anolivadi_el_watermill-restoration": "body (5 extra, 5 lost): kinds differ",
    "heldout_html41/kuriernadwislanski_pl_pakiet-sankcji-flota-cieni": "author (two names joined by a comma), body (4 "
                                                                       "extra, 4 lost): the table's rows",
    "heldout_html41/northfieldnotes_en_library-seed-bank-spring": "body (1 extra, 1 lost): a block quotation",
}
# Blind batches text 65 (heldout_text_copied53) and HTML 42, written during stop 34 and kept sealed until measured once
# on its rules at faeaa42: text 0.966 / 0.92 / 0.89, HTML 0.987 / 1.00 / 0.93. Rules after them (the last section of
# tests/test_ingest_rules61.py: a caption's credit after a bar, a Hebrew cookie notice, plural roles): text 0.966 / 1.00 /
# 0.92. What differs:
BATCH_65_SEALED = {
    "heldout_text_copied53/albionpost_en_security-guarantees-summit-live": "body (1 extra, 0 lost): the presenter's "
                                                                           "sign-off kept",
    "heldout_text_copied53/faktrevyu_bg_es-ne-otmenya-sanktsiite-1-yuli": "body (2 extra, 0 lost): the rating box's "
                                                                          "label and verdict kept",
    "heldout_text_copied53/harbourfinancial_en_coastline-air-skyreach-takeover": "author (names over a plural role "
                                                                                 "line, under the dek), description "
                                                                                 "(the dek read as the story's first "
                                                                                 "paragraph), body (2 extra, 0 lost): "
                                                                                 "the recording's length under 'Listen "
                                                                                 "to this article' kept",
    "heldout_text_copied53/lavoceadriatica_it_intervista-orsini-ghiacciai-alpini": "body (6 extra, 6 lost): kinds "
                                                                                   "differ",
    "heldout_text_copied53/meridianwire_en_geneva-ceasefire-monitoring-talks": "publisher (the short name, the label's "
                                                                               "'Meridian Wire')",
    "heldout_text_copied53/mjolkochmjol_sv_kardemummabullar-brynt-smor": "body (8 extra, 20 lost): the ingredients "
                                                                         "lists of an unspaced dump lost, kinds differ",
    "heldout_text_copied53/towatnn_ja_geneva-kokan-kyougi-horyo-kokan": "publisher (the brand in Latin letters), "
                                                                        "description (a photo caption), body (0 extra, "
                                                                        "1 lost): a subheading",
}
HTML_42_SEALED = {
    "heldout_html42/fenwickcurrent_en_millrace-brook-daylighting": "body (5 extra, 5 lost): the table's rows, a block "
                                                                   "quotation",
    "heldout_html42/gaonkichitthi_hi_dhoriwas-bajra-biscuit": "date (a Blogger date header in Hindi), body (3 extra, 4 "
                                                              "lost): a short closing line lost, kinds differ",
    "heldout_html42/lasombra_es_mapa-de-sombra-almaren": "body (1 extra, 0 lost): a pull quote's fragment kept",
    "heldout_html42/meridianwire_en_ukraine-peace-talks-oslo-live": "body (1 extra, 1 lost): kinds differ",
    "heldout_html42/nosim_he_kavey-autobus-ramat-hadkalim": "author (the forum's poster), description (the post's "
                                                            "opening, cut), body (3 extra, 4 lost): the 'edited by' "
                                                            "notice kept, the greeting and the last line lost",
    "heldout_html42/simeioseislimani_el_afalatosi-thymaronisos": "body (1 extra, 2 lost): a closing line lost",
}
# Blind batches text 66 (heldout_text_copied54) and HTML 43, measured on main (bc327fc) before any rule of stop 35: text
# 0.955 / 1.00 / 0.83, HTML 0.999 / 1.00 / 0.97. Rules after them (tests/test_ingest_rules62.py): text 0.981 / 1.00 /
# 0.92, HTML unchanged. What differs:
BATCH_66_FIRST_RUN = {
    "heldout_text_copied54/crumbsandchaos_en_brown-butter-rye-cookies": "body (9 extra, 8 lost): a photo's alt text "
                                                                        "kept (a sentence of its own between two "
                                                                        "paragraphs), two unmarked lists (the "
                                                                        "reasons, the method's steps) read as "
                                                                        "paragraphs",
    "heldout_text_copied54/elgraderio_es_entrevista-lucia-arregui": "body (5 extra, 5 lost): the interview's "
                                                                    "questions read as subheadings",
    "heldout_text_copied54/evteknik_tr_kombi-basinc-emniyet-ventili": "author (the forum's poster), body (3 extra, 4 "
                                                                      "lost): hand-numbered '1)' steps read as a list, "
                                                                      "the post's closing thanks lost",
    "heldout_text_copied54/faktomer_bg_es-sanktsii-nevyarno": "body (2 extra, 0 lost): the claim box's source line "
                                                              "and the 'send us a claim' prompt kept",
    "heldout_text_copied54/minatohoso_ja_gym-ceiling-ruling": "publisher (the brand in Latin letters, the label's "
                                                              "Japanese name)",
    "heldout_text_copied54/northernledger_en_security-guarantees-paris-live": "body (4 extra, 3 lost): entries' times "
                                                                              "kept as subheadings (earlier labels "
                                                                              "keep them), an entry's headline and "
                                                                              "the summary's label lost, the "
                                                                              "donation appeal kept",
    "heldout_text_copied54/tsomet_he_security-guarantees-opinion": "publisher (the site name with its tagline, "
                                                                   "'צומת | חדשות ודעות')",
}
HTML_43_FIRST_RUN = {
    "heldout_html43/corrieretirreno_it_diretta-colloqui-istanbul": "author (the structured data's two names joined "
                                                                   "with 'and', as every earlier label joins them; "
                                                                   "this label keeps the page's 'e'), body (6 extra, "
                                                                   "6 lost): h3 subheadings kept at their level, a "
                                                                   "block quotation kept as one",
    "heldout_html43/kairosaylis_el_enas-chronos-metereologikos-stathmos": "body (8 extra, 8 lost): the table's rows, "
                                                                          "kinds differ",
}
# Blind batches text 67 (heldout_text_copied55) and HTML 44, written during stop 35 and kept sealed until measured once
# on its rules at e1b05bc: text 0.961 / 1.00 / 0.83, HTML 0.978 / 1.00 / 0.93. Rules after them (the last section of
# tests/test_ingest_rules62.py): text 0.998 / 1.00 / 0.92, HTML 0.985 / 1.00 / 0.97. What differs:
BATCH_67_SEALED = {
    "heldout_text_copied55/albiondispatch_en_security-guarantees-summit-live": "body (4 extra, 4 lost): the summary "
                                                                               "entry's points read as paragraphs",
    "heldout_text_copied55/biznesdnevnik_bg_rozovo-maslo-intervyu-gancheva": "body (6 extra, 6 lost): the "
                                                                             "interview's questions read as "
                                                                             "subheadings",
    "heldout_text_copied55/crumbsandcompass_en_brown-butter-rhubarb-crumble-bars": "body (12 extra, 11 lost): a "
                                                                                   "photo's alt text kept, unmarked "
                                                                                   "lists read as paragraphs",
    "heldout_text_copied55/dziennikobywatelski_pl_pakiet-sankcji-flota-cieni": "date (the update's, a day later), "
                                                                               "body (1 extra, 1 lost): kinds differ",
    "heldout_text_copied55/faktoskop_cs_istanbul-kapitulace-video": "body (1 extra, 0 lost): the methodology's "
                                                                    "pointer under the verdict kept",
    "heldout_text_copied55/hokuryo-u_ja_shinkai-biseibutsu-hatsuden": "body (3 extra, 3 lost): the key points' list "
                                                                      "read as paragraphs",
    "heldout_text_copied55/sar_sv_lindqvist-vann-sprinten-falun": "publisher (the broadcaster's name without its "
                                                                  "short form, 'SAR – …')",
    "heldout_text_copied55/workshoptalk_en_hand-plane-chatter-end-grain": "publisher (the forum's full name), body (2 "
                                                                          "extra, 2 lost): kinds differ",
}
HTML_44_SEALED = {
    "heldout_html44/kolejeakrajina_cs_uzkokolejka-vlci-dul": "body (6 extra, 4 lost): the table's rows, the author's "
                                                             "note asking for donations kept",
    "heldout_html44/naftikiepikairotita_el_plafon-rosiko-petrelaio": "body (1 extra, 0 lost): the author's bio line "
                                                                     "kept",
    "heldout_html44/shamayimbehirim_he_milky-way-ramon-no-tracker": "author (the forum poster's user name)",
}
# Blind batches text 68 (heldout_text_copied56) and HTML 45, measured on main (023d185) before any rule of stop 36: text
# 0.960 / 0.92 / 0.86, HTML 0.895 / 0.90 / 0.87 (a Discourse topic whose whole crawler view sits in <noscript>: nothing
# found). After the stop's rules (tests/test_ingest_rules63.py): text 0.996 / 0.92 / 0.89, HTML 0.997 / 1.00 / 0.97.
# What differs:
BATCH_68_FIRST_RUN = {
    "heldout_text_copied56/riksradion_sv_stridsflyg-sakerhetsgaranti-ukraina": "description (the dek under the lead "
                                                                               "photo's caption, read as the lede), "
                                                                               "publisher (the broadcaster, named "
                                                                               "only in its menu)",
    "heldout_text_copied56/yuzukogohan_ja_tori-gobou-takikomi": "author and publisher (the blogger and the blog; the "
                                                                "title right since stop 38)",
    "heldout_text_copied56/otosohbet_tr_egea-soguk-calisma-sorunu": "publisher (the forum's name)",
    "heldout_text_copied56/dziennikobywatelski_pl_sankcje-flota-cieni-lng": "body (kinds differ): the list's last item, "
                                                                            "ending on a full stop, read as a "
                                                                            "paragraph",
    "heldout_text_copied56/vocedellevalli_it_intervista-glaciologa-pizzo-rosso": "body (kinds differ): the interview's "
                                                                                 "questions read as subheadings (the "
                                                                                 "labels differ on this between "
                                                                                 "batches)",
}
HTML_45_FIRST_RUN = {
    "heldout_html45/tolimani_el_skiodis-stolos-kyroseis-efoplistes": "author (two authors joined with 'and', the "
                                                                     "labels' usual way, where the page uses a "
                                                                     "comma), body (1 extra): the tip line's "
                                                                     "question and e-mail address",
    "heldout_html45/capitaldispatch_en_ukraine-security-guarantees-reassurance-force": "body (kinds differ): a block "
                                                                                       "quotation kept as one, the "
                                                                                       "label's a paragraph",
    "heldout_html45/cuadernodelasierra_es_ruta-molinos-rio-almedre": "description (the blog's tagline), body (kinds "
                                                                     "differ): h3 subheadings kept at their level",
    "heldout_html45/larchhillnotes_en_two-years-three-rain-gauges": "body (kinds differ): the table's rows, a block "
                                                                    "quotation kept as one",
}
# Blind batches text 69 (heldout_text_copied57) and HTML 46, written during stop 36 and kept sealed until measured once
# on its rules at 57b7c8a: text 0.974 / 1.00 / 0.86, HTML 0.994 / 1.00 / 1.00. Rules after them (the last section of
# tests/test_ingest_rules63.py): text 0.988 / 1.00 / 0.86, HTML unchanged. What differs:
BATCH_69_SEALED = {
    "heldout_text_copied57/courrierdeleurope_fr_tribune-paix-baclee-ukraine": "author, body (3 extra): the columnist's "
                                                                              "bio and the 'Lire aussi' teasers' lines",
    "heldout_text_copied57/dziennikkrajowy_pl_gwarancje-bezpieczenstwa-ukraina": "body (1 lost): a subheading asked as "
                                                                                 "a question",
    "heldout_text_copied57/harbourline_en_eu-shadow-fleet-sanctions-live": "body (kinds differ): the entries' lines "
                                                                           "and their headlines",
    "heldout_text_copied57/hollinsvalleycourier_en_judge-halts-bandstand-demolition": "body (1 extra): the gallery "
                                                                                      "photo's caption, a sentence",
    "heldout_text_copied57/mabatkalkali_he_raayon-akvalain-mayim": "body (kinds differ): the interview's questions "
                                                                   "read as paragraphs",
    "heldout_text_copied57/mormorsskafferi_sv_saftiga-kardemummabullar": "body (1 lost): the blog's two-word sign-off, "
                                                                         "'Smaklig fika!'",
    "heldout_text_copied57/spokesandsprockets_en_seized-seatpost-1986-frame": "publisher, body (1 lost): the post's "
                                                                              "closing exclamation",
    "heldout_text_copied57/totoshimbun_ja_russia-frozen-assets-sanctions": "author and publisher",
}
HTML_46_SEALED = {
    "heldout_html46/aigaiofoni_el_eggyiseis-asfaleias-oukrania": "description, body (kinds differ): h3 subheadings, "
                                                                 "numbered items",
    "heldout_html46/capitalledger_en_reassurance-force-ukraine": "body (kinds differ): an ordered list's numbers",
    "heldout_html46/gozlemciforum_tr_ankara-karanlik-gokyuzu-olcumleri": "body (kinds differ): h3 subheadings, the "
                                                                         "table's rows; 2 lost",
    "heldout_html46/mifratznews_he_night-bus-network": "description, body (kinds differ): h3 subheadings",
    "heldout_html46/northgatetribune_en_geneva-round-prisoner-exchange": "body (1 extra, 1 lost): a pull quote kept as "
                                                                         "a quotation; a closing 'Additional reporting "
                                                                         "by' line",
}
# Blind batches text 70 (heldout_text_copied58) and HTML 47, written at the start of stop 37 and measured once on main
# (b20d328): text 0.961 / 0.92 / 0.78, HTML 1.000 / 1.00 / 0.97; text 71 (heldout_text_copied59) and HTML 48, written
# during the stop and kept sealed until measured once on d8145db: text 0.976 / 0.83 / 0.75, HTML 0.998 / 1.00 / 0.93.
# The stop made no ingest rule after them. What differs from each label:
BATCH_70_FIRST_RUN = {
    "heldout_text_copied58/crumbandkettle_en_brown-butter-rhubarb-bars": "body (1 extra, 0 lost)",
    "heldout_text_copied58/domazahrada_cs_tepelne-cerpadlo-chalupa": "author, publisher, body (0 extra, 1 lost)",
    "heldout_text_copied58/dziennikkrajowy_pl_sankcje-flota-cieni": "description, body (3 extra, 0 lost)",
    "heldout_text_copied58/eastmoor_en_peat-seeds-800-years": "author, body (0 extra, 4 lost)",
    "heldout_text_copied58/faktipodlupa_bg_falshivo-mirno-sporazumenie": "body (2 extra, 0 lost)",
    "heldout_text_copied58/harlowtribune_en_millbrook-water-tower-vote": "body (2 extra, 0 lost)",
    "heldout_text_copied58/lequotidieneco_fr_sanctions-pme-asie-centrale": "author",
    "heldout_text_copied58/mellannorrlandska_sv_ohrvall-comeback-intervju": "author, publisher, description, body (2 extra, 0 lost)",
    "heldout_text_copied58/totohoso_ja_haisui-pump-baisho-hanketsu": "publisher, description",
}
HTML_47_FIRST_RUN = {
    "heldout_html47/ilgazeteklerinden_tr_siyez-hasadi-imece": "description, body (kinds differ)",
    "heldout_html47/meridianherald_en_istanbul-round-prisoner-lists": "body (1 extra, 1 lost)",
}
BATCH_71_SEALED = {
    "heldout_text_copied59/crematalk_en_vanzetti-pump-hums-no-water": "publisher",
    "heldout_text_copied59/dennikuryr_cs_komentar-sankce-mir-na-objednavku": "body (1 extra, 0 lost)",
    "heldout_text_copied59/faktpogled_bg_sankcii-ruski-torove-proverka": "body (2 extra, 0 lost)",
    "heldout_text_copied59/hazarkor_he_eilat-coral-interview": "body (kinds differ)",
    "heldout_text_copied59/kanalmerkez_tr_bozkirspor-marmara-yildizlari-2-1": "publisher, body (9 extra, 2 lost)",
    "heldout_text_copied59/millbrookcourier_en_fennel-street-library-vote": "author, publisher, body (2 extra, 0 lost)",
    "heldout_text_copied59/northbridgewire_en_istanbul-prisoner-swap-talks": "publisher",
    "heldout_text_copied59/observateurcontinental_fr_garanties-securite-coalition": "author, publisher",
    "heldout_text_copied59/yuruttodaidokoro_ja_renkon-hasamiyaki": "author, body (0 extra, 1 lost)",
}
HTML_48_SEALED = {
    "heldout_html48/fieldnotes_en_repair-cafe-eastmoor": "body (1 extra, 1 lost)",
    "heldout_html48/ledgerline_en_price-cap-insurance-blind-spot": "body (2 extra, 2 lost)",
    "heldout_html48/northfieldastro_en_sqm-winter-survey-2025": "author, body (8 extra, 8 lost)",
    "heldout_html48/proini_el_eggyiseis-asfaleias-oukrania": "body (1 extra, 0 lost)",
    "heldout_html48/zmanemet_he_istanbul-talks-live": "author",
}
# Blind batches text 72 (heldout_text_copied60) and HTML 49, written at the start of stop 38 and measured once on main
# (df62071): text 0.955 / 1.00 / 0.83, HTML 0.999 / 1.00 / 0.93. After the stop's rules (tests/test_ingest_rules64.py):
# text 0.989 / 1.00 / 0.83. What differs from each label:
BATCH_72_FIRST_RUN = {
    "heldout_text_copied60/alwahaenergy_ar_ibri-solar-ppa": "publisher",
    "heldout_text_copied60/confere_pt_falso-ucrania-odessa-acordo": "body (2 extra, 0 lost): the fact-check's claim box",
    "heldout_text_copied60/despoinaskouzina_el_fasolada-giagias": "publisher, body (5 extra, 6 lost): a recipe's steps "
                                                                  "as paragraphs, a subheading read as a caption",
    "heldout_text_copied60/efirplus_uk_hnatiuk-harantii-bezpeky-interview": "author, body (5 extra, 5 lost): questions "
                                                                            "as subheadings",
    "heldout_text_copied60/hansewelt_de_schattenflotte-fehmarnbelt-tanker": "author ('und' written 'and'), publisher",
    "heldout_text_copied60/ijsselbode_nl_aannemer-verzakte-schuur-olst": "publisher, body (0 extra, 1 lost): a "
                                                                         "subheading under a 'Lees ook' teaser",
    "heldout_text_copied60/northgateherald_en_eu-sanctions-package-live": "body (11 extra, 10 lost): lists as "
                                                                          "paragraphs",
}
HTML_49_FIRST_RUN = {
    "heldout_html49/cadernosdaserra_pt_festa-do-queijo-vale-de-amieiro": "body (2 extra, 2 lost)",
    "heldout_html49/hollybankforum_en_water-rota-tap-repairs-2025": "body (1 extra, 2 lost)",
    "heldout_html49/oderlandpost_de_sanktionspaket-schattenflotte-hafen": "author, description",
    "heldout_html49/slowbuild_en_tool-library-first-year": "body (5 extra, 5 lost)",
    "heldout_html49/svitanok_uk_harantii-bezpeky-varshava-onlain": "author, body (5 extra, 5 lost)",
}
# Blind batches text 73 (heldout_text_copied61) and HTML 50, written during stop 38 and sealed until measured once on its
# rules (a869beb): text 0.982 / 1.00 / 0.83, HTML 0.976 / 1.00 / 0.90. Rules after them (the last section of
# tests/test_ingest_rules64.py): a Chinese caption's "记者 X 摄" credit; "straight to your inbox". What differs from each label:
BATCH_73_SEALED = {
    "heldout_text_copied61/allotmenttalk_en_tomato-blight-greenhouse": "publisher, body (0 extra, 2 lost)",
    "heldout_text_copied61/harborpublicmedia_en_interview-mediator-ceasefire": "publisher, body (1 extra, 0 lost)",
    "heldout_text_copied61/lhorizon_fr_garanties-securite-force-reassurance": "author",
    "heldout_text_copied61/linjiangnews_zh_ditie-5haoxian-kaitong": "publisher, body (2 extra, 1 lost)",
    "heldout_text_copied61/lisasskafferi_sv_kardemummabullar-brynt-smor": "body (10 extra, 22 lost)",
}
HTML_50_SEALED = {
    "heldout_html50/avtoklubprivolzhye_ru_sanctions-spare-parts": "author, body (1 extra, 0 lost)",
    "heldout_html50/dongfangchenxun_zh_geneva-talks-liveblog": "author, body (6 extra, 6 lost)",
    "heldout_html50/eastmooruni_en_glacier-soot-ice-core": "description, body (1 extra, 1 lost)",
    "heldout_html50/kestrelnotes_en_winter-bikeshare-dock-data": "body (6 extra, 7 lost)",
    "heldout_html50/natorach_pl_kolejka-lesna-puszcza-bialska": "body (6 extra, 5 lost)",
    "heldout_html50/semaphorelorrain_fr_sanctions-flotte-fantome": "author, description, body (1 extra, 0 lost)",
}
# Blind batches text 74 (heldout_text_copied62) and HTML 51, written at the start of stop 39 and measured once on main
# (db5cea4): text 0.978 / 0.92 / 0.89, HTML 0.985 / 1.00 / 0.87. After the stop's rules (tests/test_ingest_rules65.py):
# text 1.000 / 1.00 / 0.97, HTML 1.000 / 1.00 / 0.90. What differs from each label:
BATCH_74_FIRST_RUN = {
    "heldout_text_copied62/northernledger_en_rome-guarantees-summit-live": "author ('(now)' and '(earlier)' kept by the "
                                                                           "label), body (4 extra, 4 lost): a summary's "
                                                                           "points as paragraphs",
    "heldout_text_copied62/veritydesk_en_lakeshore-county-chickens-fact-check": "body (3 extra, 3 lost): three changes "
                                                                                "as paragraphs, not a list",
}
HTML_51_FIRST_RUN = {
    "heldout_html51/dniprovisnyk_uk_eriiad-konsultatsii-online": "author (two names joined by 'and'), body (4 extra, 4 "
                                                                 "lost): the entries' headings a level down",
    "heldout_html51/easternflank_en_reassurance-force-drafts": "author (the second author not found), body (1 extra, 1 "
                                                               "lost): a block quotation kept as one",
    "heldout_html51/jaalokikirja_fi_tammikuun-jaamittaukset": "body (4 extra, 4 lost): an ordered list's numbers",
    "heldout_html51/towpathtalk_en_winterising-narrowboat-engine": "author (a forum's poster card)",
}
# Blind batches text 75 (heldout_text_copied63) and HTML 52, written during stop 39 and sealed until measured once on its
# rules: text on 5643627, 0.947 / 0.92 / 0.89; HTML on 04883b1 (text 75's rules in), 0.982 / 1.00 / 0.97. Rules after
# text 75 (the last section of tests/test_ingest_rules65.py): text 0.969 / 1.00 / 0.94. What differs from each label:
BATCH_75_SEALED = {
    "heldout_text_copied63/ashmerecouncil_en_budget-2025-26": "body (1 extra, 0 lost): a photo's caption with no "
                                                              "credit",
    "heldout_text_copied63/crookedallotment_en_stopped-digging-slugs": "body (6 extra, 4 lost): a blog's captions with "
                                                                       "no credit, a list as paragraphs",
    "heldout_text_copied63/erevhadash_he_batsir-mukdam-raayon": "body (6 extra, 6 lost): an interview's questions as "
                                                                "subheadings",
    "heldout_text_copied63/gwbaronews_ko_gangneung-pokwoo-chimsu": "body (0 extra, 1 lost): a subheading read as a "
                                                                   "caption",
    "heldout_text_copied63/northernledger_en_eu-sanctions-shadow-fleet-live": "publisher ('The' dropped), body (10 "
                                                                              "extra, 11 lost): lists as paragraphs",
    "heldout_text_copied63/tabletoptavern_en_ironwake-salt-baron": "body (3 extra, 4 lost): a list as paragraphs, the "
                                                                   "post's last paragraph over its signature lost",
    "heldout_text_copied63/tarkistamo_fi_oljytulot-pakotteet": "description, body (10 extra, 3 lost): the dek and the "
                                                               "claim card over the byline",
    "heldout_text_copied63/totohoso_ja_anzen-no-hosho-butai-haken": "publisher (the romanised name), description, body "
                                                                    "(1 extra, 0 lost)",
}
HTML_52_SEALED = {
    "heldout_html52/kvarteret_sv_nattbussar-forandras": "body (1 extra, 1 lost)",
    "heldout_html52/pyxida_el_live-vienna-peace-talks": "author (two names joined by 'and'), body (8 extra, 9 lost): "
                                                        "the key points box dropped, the entries' times kept",
    "heldout_html52/rackdiary_en_postgres-logical-replication": "body (5 extra, 5 lost)",
    "heldout_html52/yomanhashchuna_he_migdal-hamayim": "description, body (4 extra, 4 lost)",
}
# Blind batches text 76 (heldout_text_copied64) and HTML 53, written at the start of stop 40 and measured once on main
# (2086906): text 0.975 / 0.92 / 0.83, HTML 0.894 / 1.00 / 0.97 (a Thai page's story, which has no full stops, not found).
# After the stop's rules (tests/test_ingest_rules66.py): text 0.994 / 1.00 / 0.89, HTML 0.994 / 1.00 / 0.97. What
# still differs from each label:
BATCH_76_FIRST_RUN = {
    "heldout_text_copied64/dianchiguancha_zh_zaisheng-li-jiage-huiluo": "publisher (the source label's name), "
                                                                        "description, body (1 extra, 0 lost): the dek "
                                                                        "under its label '摘要' kept as the story's",
    "heldout_text_copied64/kavkasiisekho_ka_qvevri-interview": "publisher (the masthead in Georgian), description, body "
                                                               "(1 extra, 0 lost): the dek read as the lead",
    "heldout_text_copied64/nieuwekoerier_nl_douane-drone-onderdelen-rusland": "author (two names joined by 'and')",
    "heldout_text_copied64/northerncourier_en_eu-sanctions-shadow-fleet-live": "body (5 extra, 5 lost): a live page's "
                                                                                "summary points as paragraphs",
}
HTML_53_FIRST_RUN = {
    "heldout_html53/diariodoatlantico_pt_garantias-seguranca-ucrania": "author (two names joined by 'and'), body (4 "
                                                                       "extra, 3 lost): an ordered list's numbers, a "
                                                                       "pull quote's credit kept",
    "heldout_html53/haldenrail_en_weekend-service-restored": "body (4 extra, 3 lost): a block quotation and its lead-in "
                                                             "as quotations, subheadings a level down",
    "heldout_html53/meridianledger_en_geneva-talks-working-groups": "body (2 extra, 1 lost): a pull quote kept, a block "
                                                                    "quotation kept as one",
    "heldout_html53/northbanknotebook_en_fenwick-street-sundays": "body (1 extra, 1 lost): a block quotation kept as one",
    "heldout_html53/okugawanote_ja_minna-shokudo-3nenme": "body (4 extra, 4 lost): an ordered list's numbers, a block "
                                                          "quotation kept as one",
    "heldout_html53/tidewaterrisk_en_marlow-county-insurers": "body (1 extra, 0 lost): a pull quote repeating a line "
                                                              "kept",
}
# Blind batches text 77 (heldout_text_copied65) and HTML 54, written during stop 40 and sealed until measured once on its
# rules (122bd1c): text 0.988 / 1.00 / 0.83, HTML 0.993 / 1.00 / 0.97 (main's figures too: no rule of the stop touched
# them). Rules after text 77 (the last section of tests/test_ingest_rules66.py): text 0.996 / 1.00 / 0.83. What differs:
BATCH_77_SEALED = {
    "heldout_text_copied65/chuokeizai_ja_shosha-russia-lng-sanctions": "publisher (the romanised name), description (a "
                                                                       "kicker)",
    "heldout_text_copied65/cronicanacional_es_supremo-cortes-luz-teruel": "body (0 extra, 1 lost): a subheading",
    "heldout_text_copied65/dailycourant_en_russia-sanctions-live-20th-package": "date (the last update's), body (5 "
                                                                                "extra, 4 lost): the closing summary's "
                                                                                "points as paragraphs",
    "heldout_text_copied65/estmfa_en_security-guarantees-contribution": "publisher (a ministry's name cut short)",
    "heldout_text_copied65/hameamet_he_ukraine-donetsk-fake-document": "publisher, body (0 extra, 1 lost): the claim "
                                                                       "card's subheading",
    "heldout_text_copied65/pelagostv_el_kausonas-43-vathmoi": "publisher (the company over the channel)",
    "heldout_text_copied65/skorhat_tr_ege-demirspor-kuzeyspor-2-1": "date (the day after, an update's)",
    "heldout_text_copied65/svidok_uk_yaryna-tkachuk-interview": "body (6 extra, 6 lost): an interview's questions as "
                                                                "subheadings",
}
HTML_54_SEALED = {
    "heldout_html54/klasikmotor_tr_jawa-350-carburettor-rebuild": "author (a forum's poster card), body (0 extra, 2 "
                                                                  "lost): the post's greeting and sign-off",
}
# Blind batches text 78 (heldout_text_copied66) and HTML 55, written at the start of stop 41 and measured once on main
# (380987f): text 0.973 / 1.00 / 0.97, HTML 0.994 / 1.00 / 0.97. Rules after them (tests/test_ingest_rules67.py): text
# 0.995 / 1.00 / 1.00, HTML 0.997 / 1.00 / 0.97. What differs:
BATCH_78_FIRST_RUN = {
    "heldout_text_copied66/echoloire_fr_tribune-garanties-securite-ukraine": "body (kinds differ): a numbered list whose "
                                                                             "numbers copying lost, read as bullets",
    "heldout_text_copied66/faktometr_pl_sankcje-wegiel-falszywy-komunikat": "body (1 extra, 0 lost): the verdict box's "
                                                                            "sentence",
    "heldout_text_copied66/ledgerreview_en_russia-sanctions-explained": "body (kinds differ): a list whose bullets "
                                                                        "copying lost, read as paragraphs",
    "heldout_text_copied66/spokesandsolder_en_rebuilding-1978-rear-hub": "body (1 extra, 0 lost): a photo's caption "
                                                                         "with no credit; a numbered list read as "
                                                                         "paragraphs",
}
HTML_55_FIRST_RUN = {
    "heldout_html55/arria_it_comunicato-crisi-idrica-limitazioni": "publisher (the agency's acronym before its name), "
                                                                   "body (kinds differ): subheadings a level down",
    "heldout_html55/dniprovisnyk_uk_interviu-melnychuk-harantii": "body (kinds differ): an interview's questions as "
                                                                  "paragraphs",
    "heldout_html55/factline_en_kelbridge-laundry-fine-false": "body (kinds differ): a block quotation kept as one",
    "heldout_html55/rustandspokes_en_peugeot-restoration-wheels": "body (2 extra, 0 lost): a link to part one and a "
                                                                  "photo's caption; subheadings a level down",
}
# Blind batches text 79 (heldout_text_copied67) and HTML 56, written during stop 41 and sealed until measured once on its
# rules (5762e5c): text 0.975 / 1.00 / 0.94, HTML 0.976 / 1.00 / 0.97 (main's figures too). Rules after them (the last
# section of tests/test_ingest_rules67.py): metadata only, text 0.975 / 1.00 / 0.97, HTML 0.976 / 1.00 / 1.00. What differs:
BATCH_79_SEALED = {
    "heldout_text_copied67/dewaalkant_nl_veiligheidsgaranties-column": "body (0 extra, 1 lost): a one-word subheading",
    "heldout_text_copied67/hallamcyclists_en_eastfield-road-lane": "body (kinds differ): a numbered list whose numbers "
                                                                   "copying lost",
    "heldout_text_copied67/lanjiangtv_zh_night-bus-lines": "publisher (a broadcaster's name in Chinese)",
    "heldout_text_copied67/saltandember_en_red-pepper-bean-soup": "body (0 extra, 15 lost): a recipe's 'why you'll "
                                                                  "love it' and ingredients lists, read as boxes; its "
                                                                  "steps' numbers",
    "heldout_text_copied67/veritydesk_en_stove-ban-claim": "body (1 extra, 0 lost): a related fact-check's headline",
}
HTML_56_SEALED = {
    "heldout_html56/alofoqnews_ar_uqubat-rusia-sharh": "body (1 extra, 0 lost): a table's source line; subheadings a "
                                                       "level down",
    "heldout_html56/capitalledger_en_eu-sanctions-package-live": "body (2 extra, 0 lost): an embedded post and a "
                                                                 "'Before you move on' box; live entries' times",
    "heldout_html56/vecherniykurier_ru_intervyu-peregovory-zheneva": "body (kinds differ): an interview's questions as "
                                                                     "paragraphs",
}
# Blind batches text 80 (heldout_text_copied68) and HTML 57, written at the start of stop 42 and measured once on main
# (d008620): text body F1 0.969, title 1.00, metadata 0.97; HTML 0.972, 1.00, 1.00. After the stop's rules (Greek press
# contacts, a Polish opinion disclaimer, a series' promotion line: tests/test_ingest_rules68.py): text 0.979, HTML 0.973.
# What still differs from each label:
BATCH_80_FIRST_RUN = {
    "heldout_text_copied68/continentalreview_en_sanctions-explainer": "body (3 extra, 8 lost): a table written with "
                                                                      "' | ' between cells; lists' kinds",
    "heldout_text_copied68/courrierdeuxrives_fr_tribune-sanctions": "body (1 extra, 1 lost): a save button read as a "
                                                                    "subheading, a subheading lost",
    "heldout_text_copied68/crumbandkiln_en_rye-starter": "body (5 extra, 4 lost): a recipe's steps read as a box, a "
                                                         "caption kept",
    "heldout_text_copied68/sitofaktow_pl_fact-check-zolnierze": "body (3 extra, 0 lost): a fact-check's claim and "
                                                                "verdict card, a reader prompt",
    "heldout_text_copied68/sportsnichirin_ja_kanazawa-nagasaki": "publisher (the site's name in Latin letters, the "
                                                                 "label's in Japanese)",
    "heldout_text_copied68/vechirniypodil_uk_interviu-harantii": "body (2 extra, 1 lost): a pull quote read as a "
                                                                 "subheading; a question read as a paragraph",
}
HTML_57_FIRST_RUN = {
    "heldout_html57/elmarcadoraustral_es_puerto-sur-remonta-clasico": "description (the meta description, not the "
                                                                      "visible dek); a block quotation kept as one; a "
                                                                      "subheading lost",
    "heldout_html57/gazetanadwislanska_pl_gwarancje-bezpieczenstwa-felieton": "description (the meta description, not "
                                                                              "the visible dek, kept in the body)",
    "heldout_html57/harborcityledger_en_council-approves-bike-lanes": "body (1 extra, 5 lost): the story's last "
                                                                      "section after a donation box inside it; a block "
                                                                      "quotation kept as one",
    "heldout_html57/tohohoso_ja_teisen-kosho-horyo-kokan": "description (a video's broadcast note); body (0 extra, 1 "
                                                           "lost): a paragraph",
}
# Blind batches text 81 (heldout_text_copied69) and HTML 58, written during stop 42 and measured once on main (831e0fc):
# text 0.965 / 0.83 / 0.89, HTML 0.992 / 1.00 / 0.97. After the stop's rules (tests/test_ingest_rules68.py): text 0.972
# / 1.00 / 0.94, HTML 0.992 / 1.00 / 1.00. What still differs:
BATCH_81_FIRST_RUN = {
    "heldout_text_copied69/diarioaltamar_es_garantias-seguridad": "body (2 extra, 0 lost): a photo's caption and its "
                                                                  "credit 'Name (OUTLET)' at the story's top",
    "heldout_text_copied69/fluieruldefinal_ro_valea-jiului-olimpia": "body (2 extra, 0 lost): a match sheet's score and "
                                                                     "scorers",
    "heldout_text_copied69/lakeshoreledger_en_first-time-buyers": "body (4 extra, 0 lost): 'Estimated 6 minutes', an "
                                                                  "AI audio note, a caption and its 'Name/Outlet' credit",
    "heldout_text_copied69/nvkas_hi_kodo-variety-release": "author (a related release's headline), publisher (the "
                                                           "institute's name in Hindi); a caption kept",
    "heldout_text_copied69/saemulilbo_ko_marine-robot-interview": "body (4 extra, 5 lost): an interview's questions as "
                                                                  "paragraphs",
    "heldout_text_copied69/severnsidecourier_en_footbridge-closure": "body (1 extra, 0 lost): a 'Hide Ad' button read "
                                                                     "as a subheading",
    "heldout_text_copied69/slowloaf_en_five-flours-week": "body (1 extra, 1 lost): a photo's caption kept, a "
                                                          "subheading lost",
}
HTML_58_FIRST_RUN = {
    "heldout_html58/coastlineradio_en_baltic-herring-smaller": "description (the meta description; the visible dek "
                                                               "kept in the body)",
    "heldout_html58/defeitenbank_nl_sancties-niet-opgeschort": "description (the meta description, where the label has "
                                                               "no visible dek)",
    "heldout_html58/harbourreview_en_security-guarantees-sand": "body (kinds differ): a block quotation kept as one",
    "heldout_html58/kmda_ko_badanuri-platform-siberun": "description (the meta description, not the subtitle under the "
                                                        "headline); headings a level down",
}
# Blind batches text 82 (heldout_text_copied70) and HTML 59, written during stop 42 and sealed until measured once on
# its final rules (7840973): text 0.954 / 1.00 / 0.93, HTML 0.979 / 1.00 / 1.00 (main the same). No rule after them;
# what differs from each label:
BATCH_82_SEALED = {
    "heldout_text_copied70/kanalnordvest_da_faergebillet-fur-stiger": "body (2 extra, 0 lost): a fact box's fares",
    "heldout_text_copied70/meridianpost_en_live-eu-sanctions-package": "body (6 extra, 6 lost): live entries' times "
                                                                       "apart from their titles",
    "heldout_text_copied70/muddytrowel_en_why-i-stopped-digging": "body (2 extra, 1 lost): a caption; a subheading "
                                                                  "read as a list item",
    "heldout_text_copied70/perekrestok_ru_vesnin-interview-peremirie": "body (kinds differ): an interview's question as "
                                                                       "a paragraph",
    "heldout_text_copied70/pohjolansanomat_fi_pakotepaketti-selitys": "language; an ad's end label and a fact box "
                                                                      "(its skip link and byline mended after)",
    "heldout_text_copied70/qingyuancheck_zh_ditie-beiyan-shipin": "body (4 extra, 1 lost): a fact-check's claim and "
                                                                  "verdict card",
}
HTML_59_SEALED = {
    "heldout_html59/dennikhorizont_sk_online-rokovania-istanbul": "body (kinds differ): live entries' headings a level "
                                                                  "down, their times apart",
    "heldout_html59/northbridgedispatch_en_reassurance-force-ministers": "body (kinds differ): a block quotation kept "
                                                                         "as one",
    "heldout_html59/prabhatdarpan_hi_malwa-strikers-aakhri-gend": "description (the meta description); a score table "
                                                                  "kept",
    "heldout_html59/severnvale_en_millbrook-lido-reopening": "body (kinds differ): a block quotation kept as one",
    "heldout_html59/zinusrautas_lt_sgd-sankcijos-briuselis": "body (1 extra, 0 lost): a copyright notice in Lithuanian",
}
# Blind batches text 83 (heldout_text_copied71) and HTML 60, written at the start of stop 43 and measured once on main
# (0953085) before any rule of the stop: text 0.962 / 0.92 / 0.89, HTML 0.975 / 0.92 / 1.00. After the stop's rules
# (tests/test_ingest_rules69.py): text 0.997 / 1.00 / 0.97, HTML 0.994 / 1.00 / 1.00. What differs from each label:
BATCH_83_FIRST_RUN = {
    "heldout_text_copied71/elbtalerrundschau_de_sicherheitsgarantien-kommentar": "body (0 extra, 1 lost): a subheading "
                                                                                 "in sentence case under an ad's label",
    "heldout_text_copied71/kompasfaktow_pl_import-ropy-fakecheck": "body (1 extra, 0 lost): a fact-check's verdict card",
}
HTML_60_FIRST_RUN = {
    "heldout_html60/rheinkurier_de_liveblog-istanbul-gespraeche": "body (kinds differ): live entries' times apart from "
                                                                  "their headings (an older label has them so)",
}
# Blind batches text 84 (heldout_text_copied72) and HTML 61, written during stop 43 and sealed until measured once on
# its rules (a3feab5): text 0.959 / 1.00 / 0.94, HTML 0.988 / 1.00 / 0.97 (main 0953085 the same). What differs:
BATCH_84_SEALED = {
    "heldout_text_copied72/harboursideradio_en_seabird-count": "author (the programme's name, 'From Morning Tide'); body "
                                                               "(1 extra, 0 lost): the programme's times",
    "heldout_text_copied72/minatoseiki_ja_h2-forklift": "publisher (the Latin name of the copyright); body (0 extra, 9 "
                                                        "lost): a features list and a spec table, lines with no full stop",
    "heldout_text_copied72/windowsillgrower_en_split-tomatoes": "body (kinds differ): a list copied without its numbers, "
                                                                "which the label writes; a caption kept",
}
HTML_61_SEALED = {
    "heldout_html61/driftwoodradio_en_sea-otters-oregon-coast": "description (the meta description, no dek shown); a "
                                                                "sponsor's heading kept; headings a level down",
    "heldout_html61/nmewa_ar_indhar-suyul-sms": "date (the day after, from the time zone); description (the meta "
                                                "description); headings a level down",
    "heldout_html61/weryfikator_pl_10-tys-zolnierzy-falsz": "body (1 extra, 1 lost): a fact-check's method note kept, "
                                                           "its claim's heading dropped",
}
# Blind batch text 85 (heldout_text_copied73), written during stop 43 and measured once on main (068aa64, the stop's
# first rules landed): 0.988 / 1.00 / 0.86; after its rules (the last of tests/test_ingest_rules69.py) 0.995 / 1.00 / 0.97.
BATCH_85_FIRST_RUN = {
    "heldout_text_copied73/correiodocavado_pt_obras-avenida-liberdade": "body: a caption kept",
    "heldout_text_copied73/rheinpost_de_sanktionen-liveblog": "body (1 extra, 0 lost): the lead photo's caption",
    "heldout_text_copied73/totosports_ja_kitaminato-gyakuten": "publisher (the copyright's Latin name); description (the "
                                                               "score line under the headline)",
}
# Blind batch HTML 62, written during stop 43 and measured once on main (068aa64): 0.978 / 0.92 / 0.94. After the rules
# made from it (a reader's comment's author is no byline; an interview's "Розмовляв" label over the name, in the text
# and in a CMS's labelled field): 0.978 / 0.92 / 0.97.
HTML_62_FIRST_RUN = {
    "heldout_html62/hokkaiminato_ja_otaru-sento-matsunoyu-keisho": "description (the meta description); a fact box kept",
    "heldout_html62/kestrelvalley_en_millbrook-water-main-contract": "description: the meta one, the dek shown kept",
    "heldout_html62/radiotrevalli_it_terre-alte-transumanza-ultima-carovana": "title (the episode's short title, not its "
                                                                              "full headline); description",
    "heldout_html62/thecrookedloaf_en_rye-starters-cold-kitchen": "description (the meta description); headings a level "
                                                                  "down",
}
# Blind batch text 86 (heldout_text_copied74), written during stop 44 and measured once on main (d3bffcd) before any
# rule for it: body F1 0.975, title 1.00, metadata 0.92 (a share button's "copy link" read as the byline and a date in
# Arabic-Indic digits not read; the day it was updated, printed over the day it went up, as the date). After the
# stop's rules (tables of " | " cells, Arabic-Indic digits, "Pin", numbered parts, the updated-first date, a fact-check's
# card, a Japanese writer's box, a short subheading under a link's title): 0.988, 1.00, 1.00. Left:
BATCH_86_FIRST_RUN = {
    "heldout_text_copied74/aldmooruniversity_en_lead-sensor-press-release": "body (1 extra): a photo's caption with no "
                                                                            "credit, inside the story",
    "heldout_text_copied74/crumbandcrust_en_sourdough-winter-rise": "body (1 extra): a blog photo's caption with no credit",
}

# Blind batch HTML 63 (heldout_html63), written during stop 44 and measured once on main (d3bffcd) before any rule for
# it: body F1 0.989, title 1.00, metadata 0.97 (the date of a page typed WebPage in JSON-LD taken from its latest
# update's <time>). After the stop's rules (a WebPage's datePublished; the dek under the headline's <h1>, not a cookie
# dialog's, and in the headline's own box): 0.989, 1.00, 1.00. Left (conventions the labels differ on, most of them):
HTML_63_FIRST_RUN = {
    "heldout_html63/gazetanadwislanska_pl_wywiad-gwarancje-bezpieczenstwa-ukraina": "body (kinds differ): an "
                                                                                    "interviewer's question as a subheading",
    "heldout_html63/hanbitbroadcast_ko_heatwave-power-demand-record": "description (the meta description, the page "
                                                                      "showing no dek)",
    "heldout_html63/lefilcontinental_fr_tribune-garanties-securite-ukraine": "body (kinds differ): a block quotation",
    "heldout_html63/westmereborough_en_riverside-flood-barrier-funding": "body (kinds differ): block quotations",
}
# Blind batches text 87 (heldout_text_copied75) and HTML 64 (heldout_html64), written during stop 44 and sealed until
# measured once on the stop's rules (5d6cd5d, c7ce004): text 0.969 / 0.92 / 0.94 (main d3bffcd: 0.969 / 0.83 / 0.92),
# HTML 0.977 / 1.00 / 0.97 (main the same). After their rules (a place, a dash and a name as the byline, a box about the
# programme, a bracketed label of the story's kind no site name, a Japanese breadcrumb of "＞", the markup's day shown
# second on the date line, a donation box's heading, a "Lire aussi l'éditorial" label): 0.975 / 1.00 / 1.00 and
# 0.980 / 1.00 / 1.00. Left:
BATCH_87_SEALED = {
    "heldout_text_copied75/kenshonet_ja_ceasefire-factcheck": "body: the site's rating scale and a correction note kept, "
                                                              "the claim's heading (in kanji alone over the story) dropped",
    "heldout_text_copied75/lowgeardiaries_en_danube-derailleur": "body: two photo captions kept, a list's items read as "
                                                                 "a caption's",
    "heldout_text_copied75/stepovyivisnyk_uk_interviu-sanktsii": "body: an interviewer's question as a paragraph, the "
                                                                 "expert's bio under the interview kept",
}
HTML_64_SEALED = {
    "heldout_html64/faktypodlupa_pl_factcheck-sankcje-zniesione": "body: the fact-check's summary box and rating, its "
                                                                  "methodology note; description (the meta description)",
    "heldout_html64/kitahamashimpo_ja_sakurabashi-tsuko-saikai": "description: the lead paragraph set above the body "
                                                                 "read as the dek; a subheading's level",
}
# Blind batches text 88 (heldout_text_copied76) and HTML 65 (heldout_html65), written during stop 44 and measured once
# on main after its first rules landed (c7ce004): text 0.993 / 1.00 / 0.97 (a forum thread's poster not read as its
# author), HTML 0.991 / 1.00 / 0.97 (the day it was updated, shown alone, over the markup's published day). After the
# stop's last rules (a forum poster's handle over their profile's fields; an "Updated" date line alone no time zone's
# shift): 0.993 / 1.00 / 1.00 and 0.991 / 1.00 / 1.00. Left:
BATCH_88_FIRST_RUN = {
    "heldout_text_copied76/lakeshorepublicradio_en_library-cooling-center": "body (1 extra): the station's note on who "
                                                                            "it is, under the story",
    "heldout_text_copied76/pottingshedforum_en_tomato-blight-resistant-varieties": "body (1 extra): the poster's signature",
}
HTML_65_FIRST_RUN = {
    "heldout_html65/coastlineradio_en_tidewater-hour-kell-estuary-seagrass": "body: the programme's credits kept, its "
                                                                             "last line lost; description (the meta one)",
    "heldout_html65/meridianwire_en_geneva-talks-draft-ceasefire-monitoring": "body (1 extra): a subheading the label "
                                                                              "drops; description (the meta one)",
}
# Blind batch text 89 (heldout_text_copied77), written at the end of stop 44 and measured once on main (2917193): body
# F1 0.967, title 1.00, metadata 0.97 (a town under the byline read as a second author). After the rules made for it (an
# item of the story's list opening on "дата" no date label; a town under a byline no second author; a Japanese photo's
# caption with its month and town no dek): 0.973, 1.00, 1.00. Left:
BATCH_89_FIRST_RUN = {
    "heldout_text_copied77/crookedallotment_en_winter-compost-heap": "body: a blog photo's caption kept, a sentence-case "
                                                                     "subheading with a comma dropped",
    "heldout_text_copied77/gazetanadwislanska_pl_wywiad-flota-cieni": "body (kinds differ): an interview's questions",
    "heldout_text_copied77/gyosei_ja_kome-kakaku-kyodo-shukka": "body (2 extra): two links under a bracketed "
                                                                "【関連記事】 label, as bullets",
    "heldout_text_copied77/meridianwire_en_geneva-prisoner-talks": "body (1 extra): the wire's summary box",
    "heldout_text_copied77/obrii_uk_factcheck-memorandum-neitralitet": "body: a list's items as one paragraph's lines; "
                                                                       "the desk's tip line kept",
}
# Blind batch HTML 66 (heldout_html66), written at the end of stop 44 and measured once on main (2917193): body F1
# 0.975, title 1.00, metadata 1.00. After the one rule made for it ("Read Next" a related label): 0.976. Left:
HTML_66_FIRST_RUN = {
    "heldout_html66/elbtaler_de_liveblog-ukraine-verhandlungen-istanbul": "body: the live page's summary kept, entries' "
                                                                          "times left out of their headings",
    "heldout_html66/sloworbit_en_year-photographing-sky-city-balcony": "body (kinds differ): a block quotation",
    "heldout_html66/wensumcourier_en_riverside-road-flood-wall-approved": "body (1 extra): the Local Democracy "
                                                                         "Reporting Service's note; description (the "
                                                                         "meta one)",
}
# Blind batch text 90 (heldout_text_copied78), written at the start of stop 45 and measured once on main (d33e868):
# body F1 0.987, title 0.92 (a Japanese cookie notice read as the headline), metadata 0.97 ("Веде трансляцію:" read as
# a name). After the rules made for it (Japanese and Korean cookie notices; a live page's host; "you must be logged in to
# comment" and a print-edition note in French): 0.994, 1.00, 1.00. Left:
BATCH_90_FIRST_RUN = {
    "heldout_text_copied78/crumbandcrust_en_flat-sourdough": "body: a blog photo's caption kept; a numbered list the "
                                                             "dump wrote without its numbers",
    "heldout_text_copied78/fundacionaguaclara_es_reutilizacion-ribera": "body (1 extra): a press release's dek, under "
                                                                        "its headline, read as the story's first paragraph",
}
# Blind batch HTML 67 (heldout_html67), written at the start of stop 45 and measured once on main (d33e868): body F1
# 0.959, title 1.00, metadata 1.00. After the rules made for it (a pointer to the earlier day's live page; "by pressing
# play above"; an op-ed's footnote on its writer; later in the stop, a page's own "art-lead" box as the dek): 0.972.
# Left:
HTML_67_FIRST_RUN = {
    "heldout_html67/havelblick_de_liveblog-friedensgespraeche-istanbul": "body: the live page's summary kept, entries' "
                                                                         "times left out of their headings",
    "heldout_html67/passilenti_it_sentiero-dei-carbonai-riaperto": "body: a box of practical details kept; <h3> as '###'",
}
# Blind batch text 91 (heldout_text_copied79), written during stop 45 and measured once on its first rules (f66c391):
# body F1 0.989, title 0.92 (an opinion page's dek under the writer's name read as the headline), metadata 0.94. After the
# rules made for it (a name alone between the headline and a dek over the date is the byline; a publishing house's
# "Editoriale …" under the masthead): 0.989, 1.00, 1.00. Left:
BATCH_91_FIRST_RUN = {
    "heldout_text_copied79/coastlineradio_en_outer-banks-buyouts": "body (2 extra): a sponsor box ('Become a Sponsor')",
    "heldout_text_copied79/diarioalameda_es_mercado-san-roque": "body: a photo's caption credited '/ D. A.' kept; a "
                                                                "subheading under a related link, a share row above, "
                                                                "lost",
    "heldout_text_copied79/faktomierz_pl_fact-check-sankcje": "body (1 extra): the fact-check's verdict line",
    "heldout_text_copied79/slowbreadnotes_en_rye-starter-winter": "body: a blog photo's caption kept; a numbered list "
                                                                  "the dump wrote without its numbers",
    "heldout_text_copied79/svitanok_uk_interview-harantii": "body (kinds differ): an interview's question as a paragraph",
}
# Blind batch HTML 68 (heldout_html68), written during stop 45 and measured once on its first rules (f66c391): body F1
# 0.972, title 1.00, metadata 1.00. After the rule made for it (a page's own "art-lead" box apart from the body as the
# dek, within eight lines of the headline): 0.976. Left:
HTML_68_FIRST_RUN = {
    "heldout_html68/eastmerecouncil_en_press-release-thornwick-flood-scheme": "body: block quotations; a 'Find out "
                                                                              "more' heading the label keeps",
    "heldout_html68/horyzont_uk_interviu-diachuk-harantii-bezpeky": "body (kinds differ): an interview's question as a "
                                                                    "paragraph",
    "heldout_html68/rheinlandkurier_de_liveticker-sicherheitsgarantien-gipfel": "body: entries' times left out of "
                                                                                "their headings; a block quotation",
}
# Blind batch text 92 (heldout_text_copied80), written at the stop's end and measured once on main (81dc9da): body F1
# 0.984, title 1.00, metadata 0.97. After the one rule made for it (a Hebrew press release's "אודות …" box and
# "לפרטים נוספים:" contact): 0.991. Left:
BATCH_92_FIRST_RUN = {
    "heldout_text_copied80/batsnickarensdagbok_sv_kalfatring-svalan": "body (kinds differ): a numbered list the dump "
                                                                       "wrote without its numbers",
    "heldout_text_copied80/bogazicigundem_tr_yaptirim-rehberi": "body (kinds differ): a numbered list the dump wrote "
                                                                "without its numbers",
    "heldout_text_copied80/factlens_ko_istanbul-territory-claim": "body (2 lost): two subheadings of a dump with no "
                                                                  "blank lines, a question without its mark and "
                                                                  "'결론' (conclusion)",
    "heldout_text_copied80/moravskyobzor_cs_rozhovor-zaruky": "body (5 extra): the interviewee's bio box, his name and "
                                                              "age over a list",
    "heldout_text_copied80/shunit_he_seker-almogim": "publisher: the institute issuing the release, named in its 'about' "
                                                     "box, not found",
}
# Blind batch text 93 (heldout_text_copied81), written during stop 46 and measured once on main b9239a4: body F1 0.965,
# title 1.00, metadata 0.94. After the rules made for it (a Turkish paywall and cookie notice, an Arabic release's end
# mark and long "about" heading, a sponsor's line whose next line reports speech, a wire caption over a name-and-outlet
# credit, Japanese desk bylines with a spaced name, an ad's "Report ad" link): 0.993, 1.00, 0.97. Left:
BATCH_93_FIRST_RUN = {
    "heldout_text_copied81/brackenfieldpost_en_sanctions-live": "body: a live page's closing summary heading with its "
                                                                "time, and its points as a list, set as paragraphs",
    "heldout_text_copied81/hamakazesports_ja_enshu-gyakuten": "publisher: the paper's name with 新聞 (newspaper) after it",
    "heldout_text_copied81/khalijdesalination_ar_suhar-pilot": "body (kinds differ): a list the dump wrote without markers",
    "heldout_text_copied81/lupafaktow_pl_memorandum-gwarancje": "body (1 extra): the second author's bio under the first's box",
    "heldout_text_copied81/neckardepesche_de_sicherheitsgarantien-kommentar": "body (1 lost): a subheading right under an "
                                                                             "'Anzeige' label, read as the ad's",
    "heldout_text_copied81/poltavskakhvylia_uk_sanktsii-paket": "body: a numbered list without its numbers; table rows "
                                                               "copied with tabs",
    "heldout_text_copied81/ryeandpatience_en_rye-starter-winter": "body (2 lost): a blog's sign-off ('Happy baking,' / "
                                                                 "'Maggie x') the label keeps",
}
# Blind batch text 94 (heldout_text_copied82), written during stop 46 and measured once on main b9239a4: body F1 0.976,
# title 0.83, metadata 0.92. After its rules (a cookie banner's heading no headline, a headline over a longer dek in a
# short teaser, an embedded player's cookie placeholder and length, a caption ending on "(Beeld: …)", a photographer
# "for" the outlet no publisher, an imprint line, a long caption with its source): 0.987, 1.00, 0.97. Left:
BATCH_94_FIRST_RUN = {
    "heldout_text_copied82/civicledger_en_explainer-russia-sanctions": "body (kinds differ): a numbered list without its "
                                                                      "numbers; table rows copied with tabs",
    "heldout_text_copied82/elbkurier_de_liveblog-ukraine-gespraeche-genf": "body (1 extra): a live entry's photo caption "
                                                                          "over its credit",
    "heldout_text_copied82/iccm_es_nota-prensa-coral-aviles": "body (4 lost): a press release's funding line and list",
    "heldout_text_copied82/plot27diaries_en_giving-up-outdoor-tomatoes": "body (1 extra): a blog photo's caption",
    "heldout_text_copied82/rzetelnik_pl_factcheck-delegacja-stambul": "body (1 extra): the fact-check's verdict line "
                                                                     "('Ocena: FAŁSZ')",
}
# Blind batch HTML 69 (heldout_html69), written during stop 46 and measured once on main b9239a4: body F1 0.906, title
# 1.00, metadata 1.00. After its rules (a story container classed "paywall-content" is the story, the article's
# "teaser" box under the headline its dek, a byline row run together with its dates no dek, an audio player's box in the
# story, table cells of a sentence): 0.994, 1.00, 1.00. Left:
HTML_69_FIRST_RUN = {
    "heldout_html69/rheinpost_de_eu-gipfel-sanktionen-liveblog": "body: live entries' times beside their <h2> headlines",
    "heldout_html69/rzetelnie_pl_fact-check-porozumienie-pokojowe": "body (kinds differ): <h3> as '###'; description (the "
                                                                   "meta one, no dek shown)",
}

# Blind batch text 95 (heldout_text_copied83), written during stop 46 and measured once on the stop's first rules
# (d0ea640): body F1 0.985, title 0.92, metadata 0.94. After its rules (a page kind's label alone, "プレスリリース", no
# headline; a fact-check's methodology box ends the story): 0.988, 1.00, 0.94. Left:
BATCH_95_FIRST_RUN = {
    "heldout_text_copied83/cascadepublicradio_en_fossil-bend-community-grocery": "publisher: the station's name with its "
                                                                                "frequency ('89.3 FM'); a subheading lost",
    "heldout_text_copied83/elmarcador_es_valdemar-remonta-almenara": "publisher: the company's name from the footer, not "
                                                                    "the masthead's",
    "heldout_text_copied83/faktoskop_pl_negocjator-zaporoze-manipulacja": "body (2 extra): the fact-check's summary box "
                                                                         "over the story",
    "heldout_text_copied83/hokurikumarine_ja_press-release-pet-enzyme": "body: a '概要' (summary) heading lost; the "
                                                                       "funding note kept",
    "heldout_text_copied83/sentierilenti_it_alta-via-monti-liguri-tenda": "body: a subheading and a list the dump wrote "
                                                                         "without markers",
}
# Blind batch text 96 (heldout_text_copied84), written during stop 46 and measured once on d0ea640: body F1 0.972, title
# 1.00, metadata 0.92. After its rules (a match report's stats box, a fact-check's methodology box, an embed's
# placeholder for external content, "Words:" bylines, a broadcaster's licence and registered office): 0.993, 1.00,
# 0.94. Left:
BATCH_96_FIRST_RUN = {
    "heldout_text_copied84/hokutoshimbun_ja_factcheck-teisen-kyogi": "author: two names in brackets under the story, "
                                                                    "'（佐伯真理、高村悠）'",
    "heldout_text_copied84/plottingalong_en_broad-beans-failed": "publisher: the blog's name over the page, not found",
    "heldout_text_copied84/rheinpost_de_liveblog-genf-gespraeche": "body (1 extra): a live entry's photo caption",
}
# Blind batch HTML 70 (heldout_html70), written during stop 46 and measured once on d0ea640: body F1 0.933, title 1.00,
# metadata 0.97. After its rules (the headings, table and lists under a notice's two paragraphs in the element holding
# the story, Japanese era dates, "更新日" an updated date, "関連ファイル" a related box, a list item labelled with its date,
# a pointer to the day before's live blog, a syndication scheme's credit): 0.994, 1.00, 1.00. Left:
HTML_70_FIRST_RUN = {
}

# Blind batches text 97 and 98 (heldout_text_copied85, heldout_text_copied86) and HTML 71 (heldout_html71), written at
# the end of stop 46 and measured once on 811775b: text 0.986 / 1.00 / 0.92 and 0.982 / 0.92 / 1.00, HTML 0.991 / 1.00 /
# 1.00. After the few rules made for them (a genre's "de"/"di" before a common noun, "CRÓNICA DE JOGO", no byline; a
# French save button and "Article réservé à nos abonnés"; "SUPPORT COMES FROM" a sponsor's label): 0.986 / 1.00 / 0.94,
# 0.987 / 0.92 / 1.00, 0.991 / 1.00 / 1.00. Left:
BATCH_97_FIRST_RUN = {
    "heldout_text_copied85/lavoixcivique_fr_garanties-securite-ukraine": "body (3 extra): a newsletter box ('La lettre "
                                                                        "des Idées', its pitch, 'S'inscrire')",
    "heldout_text_copied85/ledgerbrief_en_oil-sanctions-explainer": "body (kinds differ): a numbered list without its "
                                                                   "numbers; table rows copied with tabs",
    "heldout_text_copied85/tohokaiyoken_ja_kuroshio-buoy-release": "publisher: the institute's English name, not the "
                                                                  "masthead's",
}
BATCH_98_FIRST_RUN = {
    "heldout_text_copied86/crumbandkiln_en_rye-sourdough-collapsing": "body: a blog photo's caption kept; recipe steps "
                                                                     "without their numbers",
    "heldout_text_copied86/faktownia_pl_sankcje-ceny-masla": "body (1 lost): a fact-check's first subheading",
    "heldout_text_copied86/ledgerpost_en_explainer-eu-sanctions-package": "body (kinds differ): list items without "
                                                                         "markers; table rows copied with tabs",
}
HTML_71_FIRST_RUN = {
    "heldout_html71/donganguancha_zh_zhuanfang-zhicai-lvshi-becker": "body (kinds differ): an interview's questions as "
                                                                    "paragraphs; description (the meta one)",
    "heldout_html71/tiszapartihirek_hu_vasarcsarnok-felujitas-satrak": "body (kinds differ): <h3> as '###'; description "
                                                                      "(the meta one)",
}

# Blind batches text 104 (heldout_text_copied92) and HTML 77 (heldout_html77), stop 50, measured once on main a59fc643
# before any rule of the stop: text 0.946 / 0.92 / 0.97 (body F1 / title / metadata), HTML 0.981 / 1.00 / 0.94. After the
# stop's rules (tests/test_ingest_rules76.py): text 0.982 / 1.00 / 0.97, HTML 0.988 / 1.00 / 0.97. What differs:
BATCH_104_FIRST_RUN = {
    "heldout_text_copied92/hikariseiki_ja_solar-panel-recycling-plant": "publisher: the romanized name of the copyright "
    "line, not the company's own; body (1 extra): a press release's '※' note on the information's date",
    "heldout_text_copied92/nakhlawaqalam_ar_mint-balcony-heatwave": "body (6 lost): a list copied without its bullets "
    "and its subheading",
}
# Stop 50's second wave, text 105 (heldout_text_copied93) and HTML 78 (heldout_html78), measured once on 79f89213 (the
# first wave's rules in): text 0.978 / 1.00 / 0.94, HTML 0.996 / 1.00 / 0.94. After the wave's rules: text 0.992 /
# 1.00 / 0.97, HTML unchanged. What differs:
# Stop 50's third wave, text 106 (heldout_text_copied94), measured once on b0fddc38: 0.987 / 1.00 / 0.97; after its
# rules 0.996 / 1.00 / 0.97. What differs:
BATCH_106_FIRST_RUN = {
    "heldout_text_copied94/courrierestuaire_fr_entretien-sanctions-russie": "body (1 extra): a newsletter box's pitch",
    "heldout_text_copied94/radiokestrel_en_crab-grounds-cable-route": "description: the programme's name and episode "
    "over its player",
    "heldout_text_copied94/nordwall_de_sicherheitsgarantien-kommentar": "body (1 extra): the print button 'Drucken' as a "
    "subheading (a rule for it was dropped: 'Drucken' is also a story's subheading)",
}
# Text 107 (heldout_text_copied95), stop 50's fourth wave, sealed: measured once on f9afe338: 0.993 / 0.92 / 0.92; two
# rules after it (a headline's "– der Liveblog" end, a "Screenshot:" credit): 0.994 / 1.00 / 0.94. What differs:
BATCH_107_SEALED = {
    "heldout_text_copied95/alongtheoldline_en_hawthorne-halt-ten-years": "body: a blog's unmarked subheadings read as a "
    "list",
    "heldout_text_copied95/asanagi_ja_taiso-seisai-kaisetsu": "author: a Japanese byline at the story's end in brackets "
    "（国際部・高橋美咲）; publisher: the romanized masthead",
    "heldout_text_copied95/hansetageblatt_de_sanktionspaket-liveblog": "body (2 extra): a photo's caption, the author's "
    "bio line",
    "heldout_text_copied95/veritydesk_en_nato-memo-factcheck": "body: a list copied without bullets, read as paragraphs",
}
# HTML 80 (heldout_html80), stop 50's fourth wave, sealed: measured once on cea1d0d9: 0.987 / 1.00 / 1.00. What differs:
HTML_80_SEALED = {
    "heldout_html80/crumbscompost_en_blog-goodbye-sourdough-starter": "description (the meta one, no dek shown); body "
    "(kinds differ): <h3> as '###'",
    "heldout_html80/ecolario_it_calcio-valsassina-brianza-rimonta": "body: <h3> as '###', a pull quote with its "
    "speaker's name glued on kept",
    "heldout_html80/harrowmere_en_press-release-flood-wardens": "body (kinds differ): a block quote as '>'",
    "heldout_html80/tagesbote_de_liveticker-istanbul-gespraeche": "body: the live page's summary points kept, its "
    "entries without their times",
    "heldout_html80/weryfikator_pl_factcheck-sankcje-dochody-z-ropy": "body (1 extra): the fact-check's verdict card",
}
# HTML 79 (heldout_html79), stop 50's third wave, measured once on b828f737: 0.986 / 1.00 / 1.00; nothing made for it.
HTML_79_FIRST_RUN = {
    "heldout_html79/diariocostasur_es_arenales-remonta-bahia-levante-copa": "body (9 extra): the match sheet in a box of "
    "its own (older HTML labels keep a sheet, newer ones drop it)",
}
BATCH_105_FIRST_RUN = {
    "heldout_text_copied93/hokutokeizai_ja_sanctions-explainer": "publisher: the romanized masthead, not its own "
    "script's; body: a subheading over a table read as a list item",
    "heldout_text_copied93/tygodnikhoryzont_pl_wywiad-rozejm-gwarancje": "body: an interview's questions as paragraphs, "
    "the interviewee's bio box kept",
}
HTML_78_FIRST_RUN = {
    "heldout_html78/deltabode_nl_vredesoverleg-wenen-live": "body: the live page's 'In het kort' points and its 'no "
    "longer updated' line kept; a block quote as '>'",
    "heldout_html78/denikhorizont_cs_rozhovor-general-kadlec-zaruky": "body: a pull quote kept; questions as paragraphs",
    "heldout_html78/donggangwan_zh_nanan-lelingyuan-changzhao-zhongxin-qiyong": "author: the issuing bureau; publisher: "
    "the site's name; description (the meta one); body: a block quote as '>'",
    "heldout_html78/undertheeaves_en_first-summer-of-swift-boxes-blog": "description (the meta one, no dek shown); body "
    "(kinds differ): <h3> as '###', a block quote as '>'",
}
HTML_77_FIRST_RUN = {
    "heldout_html77/lupafaktow_pl_eksport-ropy-rosja-40-procent-falsz": "description (the meta one, no dek shown); body: "
    "the fact-check's claim and verdict under headings of their own kept, <h3> as '###'",
    "heldout_html77/radiokyklades_el_naxos-afalatosi-leipsydria-synenteuxi": "publisher: the station without its "
    "frequency; body (kinds differ): <h3> as '###'",
    "heldout_html77/thistleandtarn_en_turned-back-on-glyder-fach": "description (the meta one, no dek shown); body "
    "(kinds differ): <h3> as '###'",
}

# Blind batches text 103 (heldout_text_copied91) and HTML 76 (heldout_html76), stop 49's third wave, sealed: written while
# the second wave's rules were made and measured once on them (db8398a3): text 0.988 / 1.00 / 0.97, HTML 0.981 / 1.00 /
# 0.97. Nothing made for them yet. What differs:
BATCH_103_SEALED = {
    "heldout_text_copied91/danaitravels_el_ikaria-me-paidia": "body (2 extra): the blog's 'about me' box kept",
    "heldout_text_copied91/echodesquais_fr_garanties-securite-tribune": "body: the story's sentence kept as its pull "
    "quote's repeat (in « »), not where the story has it",
    "heldout_text_copied91/faktoskop_pl_projekt-porozumienia-nato": "body (3 extra): the fact-check's claim and verdict "
    "box kept",
    "heldout_text_copied91/ledgerbrief_en_oil-price-cap-explainer": "body: a numbered list and its subheading as a "
    "bulleted list without it",
    "heldout_text_copied91/towasports_ja_hokuriku-blitz-win": "publisher: the romanized masthead, not its own script's; "
    "description: a photo's caption",
}
HTML_76_SEALED = {
    "heldout_html76/echodescapitales_fr_entretien-cessez-le-feu-verification": "description: the meta one, not the dek "
    "shown; body: an interview's intro and a question",
    "heldout_html76/northgatereview_en_russia-sanctions-explained": "body (1 extra)",
    "heldout_html76/sitofaktow_pl_sankcje-stal-falsz": "description (the meta one, no dek shown)",
    "heldout_html76/skargardsverket_sv_hastighetsregler-fritidsbatar": "description: the meta one, not the dek shown",
    "heldout_html76/theslowkettle_en_grandmothers-sewing-machine": "body (1 extra)",
    "heldout_html76/zahrava_uk_peregovory-zheneva-live": "body: a live page's entries",
}

# Blind batches text 102 (heldout_text_copied90) and HTML 75 (heldout_html75), the second wave of stop 49, measured once
# on e98a4919: text 0.979 / 1.00 / 0.92, HTML 0.984 / 1.00 / 1.00. After the rules made for them (a long quotation is no
# teaser card's summary, so one after a "Lesen Sie auch" teaser is story; the outlet's name under the writer's no second
# author; "follow her on X" names no outlet): 0.992 / 1.00 / 0.94, 0.984 / 1.00 / 1.00. Left:
BATCH_102_FIRST_RUN = {
    "heldout_text_copied90/factline_ja_kyushihei-tsukaenaku-naru": "body (1 missing): a fact-check's '検証対象' "
    "subheading dropped",
    "heldout_text_copied90/fondazionecasavettori_it_riapertura-biblioteca": "body: a photo's caption with its credit "
    "kept; a numbered list copied without its numbers",
    "heldout_text_copied90/gazetteestuaire_fr_entretien-cessez-le-feu": "body (5 extra): the interviewee's dated bio "
    "lines and a newsletter box kept",
    "heldout_text_copied90/harbourpost_en_istanbul-talks-live": "body (kinds differ): one entry's time and question as "
    "a paragraph",
    "heldout_text_copied90/spokewise_en_rebuilt-rear-wheel-tourer": "publisher (a forum's name) missed; body (kinds "
    "differ): a list copied without its dashes",
}
HTML_75_FIRST_RUN = {
    "heldout_html75/mijhar_ar_fidyu-ghariq-alexandria-qadim": "description (the meta one, no dek shown); body (2 "
    "extra): the fact-check's verdict box",
    "heldout_html75/nfra_en_humber-estuary-flood-programme-press-release": "body: <blockquote>s as '>'; a subheading "
    "after them dropped",
    "heldout_html75/pulsdnia_uk_sankcii-zheneva-live": "body: the 'Коротко' key points kept; the entries' times apart "
    "from their headlines",
}

# Blind batches text 101 (heldout_text_copied89) and HTML 74 (heldout_html74), written at the start of stop 49 and
# measured once on ca12cf1f: text 0.962 / 1.00 / 0.92, HTML 0.984 / 1.00 / 0.97. After the rules made for them (a
# sign-up box, a match sheet or fact box named by its class; "leaving a comment below" and "please keep comments
# respectful" as the comment form's): 0.964 / 1.00 / 0.92, 0.995 / 1.00 / 0.97. Left:
BATCH_101_FIRST_RUN = {
    "heldout_text_copied89/dziennikwislany_pl_wywiad-sankcje": "body (kinds differ): two of the interview's questions "
    "as paragraphs; the 'Kim jest …?' box on the interviewee kept",
    "heldout_text_copied89/ledgerline_en_explainer-oil-sanctions": "body (1 extra): a teaser's question line kept",
    "heldout_text_copied89/levigilant_fr_tribune-garanties-securite": "body (5 extra): the readers' 'Contributions' "
    "(comments) kept, their names as subheadings",
    "heldout_text_copied89/lunevalleycourier_en_market-street-library": "body (1 extra): the Local Democracy Reporting "
    "Service's credit line kept",
    "heldout_text_copied89/northgatewire_en_geneva-security-guarantees": "publisher: a newsletter's name, not the "
    "wire's; body (1 extra): a teaser's 'Explainer: …' line as a subheading",
    "heldout_text_copied89/westerlyradio_en_seaweed-cattle-methane": "body (1 extra): the programme's air-time line "
    "kept",
    "heldout_text_copied89/yamamichibiyori_ja_takao-inariyama": "author (a blog's handle) missed; description: the "
    "post's categories; body: a photo's caption kept, list items as subheadings",
}
HTML_74_FIRST_RUN = {
    "heldout_html74/dniprovisnyk_uk_peregovory-er-riiad-onlain": "body (kinds differ): a <blockquote> as '>', labelled "
    "a paragraph",
    "heldout_html74/lavigie_fr_entretien-sanctions-russie": "body (kinds differ): two of the interview's questions as "
    "paragraphs",
    "heldout_html74/riverlightradio_en_cwm-tawel-village-micro-grid": "description: the meta one, not the dek shown "
    "(kept as the first paragraph)",
    "heldout_html74/weryfikator_pl_falszywe-porozumienie-pokojowe-sankcje": "description (the meta one, no dek shown); "
    "body (1 missing): a line ending on a colon before a list",
}

# Blind batches text 100 (heldout_text_copied88) and HTML 73 (heldout_html73), written at the start of stop 48 and
# measured once on 135374b3: text 0.970 / 0.83 / 0.92, HTML 0.985 / 1.00 / 0.97. After the rules made for them (a
# consent wall's quoted buttons of up to five words; a programme's "Heard on …" and "Now playing:" lines; "hide
# caption"; a clock time's "h." after a date; the writer's whole name split from a byline only when it has two words):
# 0.991 / 1.00 / 0.97, 0.985 / 1.00 / 1.00. Left:
BATCH_100_FIRST_RUN = {
    "heldout_text_copied88/allotmentdiaries_en_saving-tomato-seeds": "body (1 extra, 1 missing): a photo's caption kept; "
    "the sign-off 'Happy growing!' dropped",
    "heldout_text_copied88/harbourlineradio_en_black-sea-ceasefire-talks": "body (1 extra): the programme's intro line "
    "('… host … speaks with …') kept",
    "heldout_text_copied88/heraldohuerva_es_zona-azul-residentes": "body (kinds differ): an ordered list copied without "
    "its numbers, given as '-'",
    "heldout_text_copied88/sportivolombardo_it_brianza-virtus-rimonta": "body (1 extra): a score line as a subheading",
}
HTML_73_FIRST_RUN = {
    "heldout_html73/gazettedulac_fr_tribune-garanties-securite": "body (kinds differ): a <blockquote> as '>', labelled a paragraph",
    "heldout_html73/harrowfieldcouncil_en_boil-water-notice-lifted": "body (kinds differ): a <blockquote> as '>', labelled a paragraph",
    "heldout_html73/kitanohibi_ja_minato-toshokan-saikai": "body (1 missing): the last paragraph after an info box; "
    "description (the lead, no dek shown)",
    "heldout_html73/northwire_en_geneva-prisoner-exchange-framework": "body (1 missing): the wire's reporting credits",
    "heldout_html73/rheinkurier_de_liveblog-russland-sanktionen": "body: a 'Das Wichtigste in Kürze' box kept; live "
    "entries' times beside their headlines",
}
# Blind batches text 99 (heldout_text_copied87) and HTML 72 (heldout_html72), written at the start of stop 47 and
# measured once on 58a80bd: text 0.985 / 1.00 / 0.92, HTML 0.969 / 0.92 / 1.00. After the rules made for them (a
# broadcaster's or a foundation's copyright under the station's or the site's masthead; "Listen live on …" naming the
# station, the site's note; a German author's bio that "leitet" a desk; a press release whose standfirst names its issuer
# keeps its last section; a dek named by its class under a headline in no <h1>): 0.992 / 1.00 / 0.97, 0.979 / 0.92 /
# 1.00. Left:
BATCH_99_FIRST_RUN = {
    "heldout_text_copied87/balticledger_en_sanctions-explainer": "body (kinds differ): a subheading after an ad label "
                                                                "read as one more item of the list before it",
    "heldout_text_copied87/faktycheck_pl_rozmowy-pokojowe": "body (kinds differ): list items without their markers",
    "heldout_text_copied87/harbourradio_en_storm-player": "body (4 extra): a 'Key points:' box and its bullets",
    "heldout_text_copied87/kaiyoken_ja_press-release": "publisher: the institute's English name, not the masthead's",
}
HTML_72_FIRST_RUN = {
    "heldout_html72/dniprovyivisnyk_uk_interviu-perehovory": "body (kinds differ): an interviewer's follow-up question "
                                                            "as a paragraph",
    "heldout_html72/lavigie_fr_garanties-securite-tribune": "description (the meta one, no dek shown)",
    "heldout_html72/portalden_en_harbour-dredging-press-release": "body: an inset box kept; a block quotation",
    "heldout_html72/seiran_ja_roshia-seisai-kaisetsu": "title: the '【図解】' tag before it dropped",
}

# Text 108 (heldout_text_copied96), stop 51's first wave: measured once on 9dd6864a: 0.972 / 0.83 / 0.94; three rules
# after it (a consent box's heading said to the reader, a list copied without its marks, a live page's first entry
# under its key events): 0.992 / 0.92 / 0.94. What differs:
BATCH_108_FIRST_RUN = {
    "heldout_text_copied96/alsahiltv_ar_oman-solar-desalination": "title: the dek, the headline under a video player's "
    "controls read as the clip's title (a rule for it was dropped: a clip's caption stands there as often)",
    "heldout_text_copied96/harbourledger_en_geneva-peace-talks-live": "body: an entry's contributor as a subheading, the "
    "entry's time and title under it as a paragraph",
    "heldout_text_copied96/lupafaktow_pl_sankcje-nawozy-ceny": "body (1 missing): a subheading read as a caption",
    "heldout_text_copied96/ohliadach_uk_harantii-bezpeky-poiasniuiemo": "body (kinds differ): a numbered list copied "
    "without its numbers, as '- '",
    "heldout_text_copied96/solarshed_en_battery-payback-36-months": "publisher: the forum software's name in the footer",
}
# HTML 81 (heldout_html81), stop 51's first wave: measured once on 9dd6864a: 0.995 / 1.00 / 1.00. What differs (the
# conventions labels disagree on, see tests/fixtures/BLIND_BATCHES.md):
HTML_81_FIRST_RUN = {
    "heldout_html81/halvernwaterboard_en_press-release-flood-defence-funding": "body (kinds differ): block quotes as '>'",
}
# Text 109 (heldout_text_copied97), stop 51's second wave: measured once on 30aa0482: 0.975 / 0.92 / 0.92; its rules (a
# results ticker's line is no headline, a consent box's "more information" no related label, Polish "Autorzy:", a
# writer's bio after her name, "Previously reported from"): 0.979 / 1.00 / 0.97. What differs:
BATCH_109_FIRST_RUN = {
    "heldout_text_copied97/allotment-diaries_en_giving-up-raised-beds": "body (kinds differ): a numbered list copied "
    "without its numbers, as '- '",
    "heldout_text_copied97/factline_en_eu-fertiliser-sanctions-claim": "body: the fact-check's verdict summary kept, a "
    "paragraph after it lost",
    "heldout_text_copied97/harrowgate-university_en_lead-sensor-press-release": "body (kinds differ): a quotation's "
    "paragraph read as the last item of the list above it",
    "heldout_text_copied97/lakeshore-public-radio_en_flood-wall-vote": "description: the show's line; body (2 extra): "
    "the player's 'listen' line and a photo caption",
    "heldout_text_copied97/lhorizon_fr_entretien-garanties-securite": "body (5 extra): a 'Bio express' box copied as "
    "text",
    "heldout_text_copied97/stichtsebode_nl_fietsbrug-vecht-open": "body (1 missing): a paragraph read as a caption",
    "heldout_text_copied97/toho-keizai_ja_chigin-saihen-kasoku": "author: a Japanese byline in the author box at the "
    "page's end; description: a photo caption",
}
# HTML 82 (heldout_html82), stop 51's second wave: measured once on 30aa0482: 0.995 / 1.00 / 0.97; its rules (a show's
# "Hosted by" yields to the story's byline, a dash attribution under a quotation no list): 0.995 / 1.00 / 1.00. What
# differs (mostly conventions labels disagree on, see tests/fixtures/BLIND_BATCHES.md):
HTML_82_FIRST_RUN = {
    "heldout_html82/curucsaculprincarpati_ro_creasta-pietrei-craiului-doua-zile": "description (the meta one, no dek "
    "shown); body (kinds differ): <h3> as '###'",
    "heldout_html82/dagkoerier_nl_liveblog-vredesoverleg-geneve": "body (kinds differ): a block quote as '>'",
    "heldout_html82/nurisisa_ko_interview-lehmann-security-guarantees": "body (kinds differ): Korean questions ending "
    "on '나.' read as paragraphs, not subheadings",
    "heldout_html82/pembrookledger_en_cedar-hollow-flooding-culverts": "description: the meta one, not the dek shown; "
    "body (kinds differ): <h3> as '###'",
    "heldout_html82/zygaria_el_factcheck-oukrania-parachorisi-edafon": "description (the meta one, no dek shown); body "
    "(1 extra): a screenshot's caption",
}
# Text 110 (heldout_text_copied98), stop 51's third wave, sealed: measured once on a3cad219: 0.991 / 0.92 / 1.00;
# nothing made for it. What differs:
BATCH_110_SEALED = {
    "heldout_text_copied98/coastlinepublicradio_en_harbor-road-vote": "description: the station's name and byline as a "
    "dek; body (2 extra): a photo caption and the funder's credit",
    "heldout_text_copied98/hollowbrookuniversity_en_soil-microbes-plastic-additive": "title (inferred from the lead) "
    "and description missed; body (kinds differ): a list copied without bullets",
    "heldout_text_copied98/meridianbrief_en_russia-sanctions-explained": "body: a 'Learn more' subheading kept; a "
    "numbered list copied without numbers, as '- '",
    "heldout_text_copied98/thecrookedhive_en_late-honey-harvest": "body: a photo's bracketed caption kept; a numbered "
    "list copied without numbers, as '- '",
}
# HTML 83 (heldout_html83), stop 51's third wave, sealed: measured once on a3cad219: 0.999 / 1.00 / 1.00; nothing made
# for it. What differs (conventions labels disagree on, see tests/fixtures/BLIND_BATCHES.md):
HTML_83_SEALED = {
    "heldout_html83/kestrelcountycouncil_en_press-release-village-library-hubs": "body (kinds differ): a block quote "
    "as '>'",
    "heldout_html83/northgatewire_en_draft-air-defence-guarantee-ukraine": "description (the meta one, no dek shown); "
    "body (1 extra): a subheading the label drops",
    "heldout_html83/patientplaten_en_1957-portable-typewriter-restoration-log": "description: the blog's tagline",
}
# Text 111 (heldout_text_copied99), stop 51's fourth wave, sealed: measured once on main 018d553c (every ingest rule of
# the stop in): 0.996 / 1.00 / 0.89; nothing made for it. What differs:
BATCH_111_SEALED = {
    "heldout_text_copied99/dalbitnote_ko_kalguksu-pyeeop": "author (a blog's handle) missed; publisher: the platform's "
    "company in the footer, not the blog's name",
    "heldout_text_copied99/faktoskop_pl_oplata-za-deszczowke": "publisher: the foundation's full name; body (2 extra): "
    "the site's methodology box",
    "heldout_text_copied99/ledgerpost_en_oil-price-cap-explainer": "body (kinds differ): numbered lists copied without "
    "their numbers",
    "heldout_text_copied99/rheinkurier_de_sanktionspaket-liveblog": "body (kinds differ): a paragraph after a list read "
    "as its last item",
}
# HTML 84 (heldout_html84), stop 51's fourth wave, sealed: measured once on main 018d553c: 0.986 / 0.92 / 1.00; nothing
# made for it. What differs (mostly conventions labels disagree on, see tests/fixtures/BLIND_BATCHES.md):
HTML_84_SEALED = {
    "heldout_html84/allotmentledger_en_first-year-mistakes": "body (kinds differ): <h3> as '###'",
    "heldout_html84/coastalresilience_en_flood-defence-funding": "body (kinds differ): block quotes as '>'",
    "heldout_html84/diariomarcador_es_villaverde-remonta-almenara": "body (9 extra): the match sheet's line-ups",
    "heldout_html84/faktomierz_pl_eksport-ropy-sankcje": "description (the meta one, no dek shown); body (kinds "
    "differ): <h3> as '###', the verdict card",
    "heldout_html84/khvylia_uk_interviu-harantii-bezpeky": "body: a question ending on '?' read as a paragraph, the "
    "interviewee's bio box kept",
    "heldout_html84/tagesblick_de_liveblog-sanktionspaket": "title: the kicker glued to the headline; body: a "
    "disclaimer kept, a block quote lost",
}
# Text 112 (heldout_text_copied100), stop 52's wave, sealed: measured once on main 3a503db5: 0.980 / 1.00 / 0.86 (a
# press office's "Media contact:" line read as the author "Media"; mended). What differs:
BATCH_112_SEALED = {
    "heldout_text_copied100/capitaldesk_en_russia-sanctions-explained": "body (kinds differ): a numbered list copied "
    "without its numbers",
    "heldout_text_copied100/faktomierz_pl_artykul-5-gwarancje-ukraina": "publisher: the foundation's full name",
    "heldout_text_copied100/northbridgewire_en_geneva-talks-second-round": "publisher: the newsletter's name; body (3 "
    "extra): the summary box's points",
    "heldout_text_copied100/radiokestrel_en_cat-ignores-you": "body (2 extra): the guest's line and the programme's "
    "schedule under the story",
    "heldout_text_copied100/rheinpost_de_liveblog-sanktionspaket": "body (1 extra): the link to the day before's live page",
    "heldout_text_copied100/sakuradairanippo_ja_midorisen-haishi": "author: the reporter's name in brackets closing the "
    "last paragraph; that paragraph dropped",
    "heldout_text_copied100/smallallotment_en_gave-up-raised-beds": "publisher: the blog's name missed",
}
# HTML 85 (heldout_html85), stop 52's wave, sealed: measured once on main 3a503db5: 0.990 / 1.00 / 1.00; one rule made
# from it (an op-ed's "Kirjoittaja on …" note on its writer). What differs (mostly conventions labels disagree on):
HTML_85_SEALED = {
    "heldout_html85/coldharbourwire_en_vienna-draft-energy-truce": "body (kinds differ): a block quote as '>'",
    "heldout_html85/dunapartihirlap_hu_elo-szankcios-csomag-nagykovetek": "body: the summary box and the page's "
    "refresh note kept, the entries' <h3> headings as '###'",
    "heldout_html85/nscs_en_press-release-wildflower-seed-collection": "body (kinds differ): block quotes as '>'",
    "heldout_html85/plumbline_en_factcheck-paris-article-five-ukraine": "body: the claim and verdict box kept, a block "
    "quote as '>'",
}
# Text 113 (heldout_text_copied101), stop 52's second wave: measured once on 77730f4c: 0.981 / 1.00 / 0.92; rules made
# from it (a byline whose surname is a weekday's word, a caption's "(Quelle: Name/Outlet)", a support line). What differs:
BATCH_113_FIRST_RUN = {
    "heldout_text_copied101/berandanote_ja_minitomato-shippai": "author (a blog's handle) missed; body: a numbered list "
    "copied without its numbers, a photo's caption kept",
    "heldout_text_copied101/faktypodlupa_pl_rozejm-genewa-falsz": "body (1 extra): the verdict box's summary",
    "heldout_text_copied101/ledgerreview_en_frozen-russian-assets-explained": "body (kinds differ): a numbered list "
    "copied without its numbers",
    "heldout_text_copied101/meridianpost_en_first-time-buyers-commuter-ring": "author: the outlet's 'Meridian Post Staff' "
    "kept after the names",
}
# HTML 86 (heldout_html86), stop 52's second wave: measured once on 77730f4c: 0.977 / 0.92 / 0.97; rules made from it (a
# kicker glued to the headline in one <h1>, a standfirst named by data-gu-name). What differs:
HTML_86_FIRST_RUN = {
    "heldout_html86/abendkurier_de_interview-sanktionen-marquardt": "body (kinds differ): the questions in bold as "
    "paragraphs",
    "heldout_html86/dniprovisnyk_uk_live-perehovory-stambul": "body (kinds differ): the entries' times apart from their "
    "headings, a block quote as '>'",
    "heldout_html86/ilsetaccio_it_factcheck-stufe-legna-divieto-ue": "body (1 extra): the fact-checkers' code note",
    "heldout_html86/kuriernadwislanski_pl_felieton-gwarancje-bezpieczenstwa": "body (kinds differ): a block quote as '>'",
    "heldout_html86/marcadordiario_es_atletico-sierra-remonta-real-costa": "author: the place beside the byline read as "
    "a second surname",
    "heldout_html86/northmoordc_en_press-release-eastbrook-flood-scheme": "body (kinds differ): block quotes as '>'",
}
# Text 114 (heldout_text_copied102), stop 52's third wave, sealed: measured once on b5bdf326 (every ingest rule of the
# stop in): 0.985 / 1.00 / 0.97; nothing made for it. What differs:
BATCH_114_SEALED = {
    "heldout_text_copied102/allotmentdiaries_en_why-i-stopped-digging": "body (1 extra): a photo's caption",
    "heldout_text_copied102/faktometr_pl_nagranie-cherson-rozejm": "body (3 extra): the verdict box and the "
    "methodology link",
    "heldout_text_copied102/highdesertcourier_en_millrace-bridge-closure": "body (2 extra): a photo's caption and its "
    "credit read as a subheading",
    "heldout_text_copied102/icla_es_pradera-posidonia-carboneras": "publisher: the institute's acronym, not its full name",
    "heldout_text_copied102/meridianwire_en_eu-shadow-fleet-tankers": "body (1 extra): the reporter's role line under "
    "her name after the story",
    "heldout_text_copied102/obrii_uk_interviu-harantii-bezpeky": "body (kinds differ): questions that are statements "
    "read as paragraphs",
    "heldout_text_copied102/riverbendradio_en_library-lends-snowshoes": "body (1 extra): a photo's caption",
}
# HTML 87 (heldout_html87), stop 52's third wave, sealed: measured once on b5bdf326: 0.997 / 1.00 / 1.00; nothing made
# for it. What differs (mostly conventions labels disagree on):
HTML_87_SEALED = {
    "heldout_html87/clearcheck_en_g7-frozen-russian-assets-claim": "description (the meta one, no dek shown)",
    "heldout_html87/rheinischerkurier_de_liveblog-genf-waffenruhe": "description: the meta one, not the dek shown; body "
    "(kinds differ): a block quote as '>'",
}
# Text 115 (heldout_text_copied103), stop 52's fourth wave: measured once on 06e97e62: 0.985 / 1.00 / 0.97; rules made
# from it (a Korean paywall prompt, "Te puede interesar:", a fact-checker's request for claims). What differs:
BATCH_115_FIRST_RUN = {
    "heldout_text_copied103/faktomierz_pl_falszywe-porozumienie-pokojowe": "publisher: the foundation's full name; body "
    "(1 extra): the methodology note",
    "heldout_text_copied103/slobozhanskyi_uk_interviu-harantii-bezpeky": "body (kinds differ): a question that is a "
    "statement read as a paragraph",
}
# HTML 88 (heldout_html88), stop 52's fourth wave: measured once on 06e97e62: 0.996 / 1.00 / 1.00; the request for
# claims and its title are the fourth wave's rule. What differs (label conventions):
HTML_88_FIRST_RUN = {
    "heldout_html88/ryealmanac_en_rye-starter-sulked-all-winter": "body (kinds differ): <h3> as '###', a block quote as "
    "'>'",
    "heldout_html88/veritydesk_en_eu-russian-fertiliser-ban-claim": "description (the meta one, no dek shown)",
}
# Text 116 (heldout_text_copied104), stop 52's fifth wave, sealed: measured once on 4b44b0e8 (every ingest rule of the
# stop in): 0.992 / 1.00 / 0.92; nothing made for it. What differs:
BATCH_116_SEALED = {
    "heldout_text_copied104/egehabertv_tr_izmir-deprem-tatbikati": "author: a 'Haber:' credit missed; description: the "
    "player's 'the video starts after the ad' line, the dek kept as the first paragraph",
    "heldout_text_copied104/ledgerbrief_en_oil-price-cap-explainer": "body (kinds differ): a numbered list copied without "
    "its numbers, a paragraph after it read as its last item",
    "heldout_text_copied104/meridianwire_en_geneva-prisoner-framework": "body (1 lost): a subheading dropped",
    "heldout_text_copied104/prawdomierz_pl_neutralnosc-fakt": "publisher: the foundation's full name",
    "heldout_text_copied104/rheinblick_de_sanktionspaket-liveblog": "body (1 extra): the live page's note that it is "
    "updated",
}
# HTML 89 (heldout_html89), stop 52's fifth wave, sealed: measured once on 4b44b0e8: 0.959 / 1.00 / 1.00 — one page lost
# 16 of its lines (a blog's list of yearly costs under its subheading read as a paywall's offer, the rest cut): mended;
# nothing else made for it. What differs (mostly label conventions):
HTML_89_SEALED = {
    "heldout_html89/northgateledger_en_eu-sanctions-package-live": "body (kinds differ): a block quote as '>'",
    "heldout_html89/slowcurrent_en_heat-pump-victorian-terrace": "body (kinds differ): <h3> as '###', a block quote as '>'",
    "heldout_html89/tohtoshimpo_ja_factcheck-nato-shomei": "description (the meta one, no dek shown); body: the desk's "
    "request for tips kept, its 'checked claim' heading lost",
}
# Text 117 (heldout_text_copied105), stop 53's first wave, sealed: measured once on main 91131ed2 before any rule of the
# stop: 0.960 / 0.92 / 0.89 — a byline box's role line taken for the headline, a comment's list after a "Read also" teaser
# lost, a "Czytaj także: …?" link kept as a question, a Japanese staff writer's byline missed (all four mended). What
# still differs:
BATCH_117_SEALED = {
    "heldout_text_copied105/callowaypost_en_oil-sanctions-explained": "body (kinds differ): a numbered list copied without "
    "its numbers",
    "heldout_text_copied105/crumbandhearth_en_rye-starter-february": "body (1 extra): a photo caption with '(left)' and "
    "'(right)'; (kinds differ): a paragraph read as a list's item",
    "heldout_text_copied105/faktokno_pl_falszywy-komunikat-sankcje": "body (2 extra): the fact-check's methodology box",
    "heldout_text_copied105/radiokustlinjen_sv_holmofarjan-isen": "author: the second of two names missed",
    "heldout_text_copied105/tohokeizai_ja_kome-chotatsu": "description: the lead photo's caption as the dek; body (1 lost): "
    "the paragraph the paywall cuts mid-sentence",
    "heldout_text_copied105/vocevalleseriana_it_ponte-madonnina-chiuso": "publisher: missed",
}
# HTML 90 (heldout_html90), stop 53's first wave, sealed: measured once on main 91131ed2: 0.989 / 1.00 / 1.00. What differs
# (label conventions):
HTML_90_SEALED = {
    "heldout_html90/elbtalerrundschau_de_liveblog-sanktionspaket": "body (kinds differ): the entries' <h3> as '###' without "
    "their times, a block quote as '>'",
    "heldout_html90/jornalsetefontes_pt_mercado-braga-obras": "description: the meta one, not the dek shown (kept in the "
    "body); body (kinds differ): <h3> as '###'",
    "heldout_html90/kestrelbaycouncil_en_seafront-flood-defence-scheme": "description (the meta one, no dek shown); body "
    "(kinds differ): a block quote as '>'",
    "heldout_html90/pravoberezhnyivisnyk_uk_interviu-klymchuk-harantii": "body (kinds differ): an interview's question "
    "read as a paragraph",
    "heldout_html90/quarrystreetjournal_en_sanctions-explainer-gaps": "body (1 extra): the correction note",
    "heldout_html90/theslowspoke_en_1983-touring-bike-rebuild": "body (kinds differ): a block quote as '>'",
    "heldout_html90/vigieeuropeenne_fr_tribune-garanties-securite": "body (kinds differ): a block quote as '>'",
}
# Text 118 (heldout_text_copied106), stop 53's second wave: measured once on 07e41f63 (the first wave's rules in): 0.987 /
# 1.00 / 1.00; an embedded post's placeholder kept (mended). What differs:
BATCH_118_FIRST_RUN = {
    "heldout_text_copied106/allotmentdiaries_en_hot-composting-cold-spring": "body (1 extra): a photo caption; (kinds "
    "differ): a numbered list copied without its numbers",
    "heldout_text_copied106/faktolupa_pl_protokol-genewa-zaporoze": "body (kinds differ): a fact-check's question read as "
    "a paragraph",
    "heldout_text_copied106/leveilleur_fr_garanties-securite-ukraine-tribune": "body (1 lost): a subheading",
}
# HTML 91 (heldout_html91), stop 53's second wave: measured once on 70b10c08 (the first two waves' analysis rules in):
# 0.993 / 1.00 / 0.97. What differs (label conventions):
HTML_91_FIRST_RUN = {
    "heldout_html91/civicledger_en_russia-sanctions-explainer-gaps": "body (kinds differ): <h3> as '###', a block quote as "
    "'>'",
    "heldout_html91/dniprovskyivisnyk_uk_intervyu-sirko-zheneva": "body (1 extra): the interviewee's name over the "
    "interview, as a subheading",
}
# Text 119 (heldout_text_copied107), stop 53's third wave, sealed: measured once on 22e21bec (every ingest rule of the
# stop before it in): 0.973 / 1.00 / 0.97 — a Japanese list under its label, copied without marks, lost (mended). What
# still differs:
BATCH_119_SEALED = {
    "heldout_text_copied107/gazetadoestuario_pt_rendas-lisboa-margem-sul": "body (1 extra): a newsletter box's pitch",
    "heldout_text_copied107/hokutoshimpo_ja_churinjo-ryokin-kaitei": "body (kinds differ): a numbered list copied without "
    "its numbers",
    "heldout_text_copied107/radionadwislanskie_pl_gwarancje-bezpieczenstwa": "body (1 extra): the pointer to the audio "
    "player",
    "heldout_text_copied107/thepatientbench_en_sharpening-without-sandpaper": "body (1 extra): a photo's caption",
}
# HTML 92 (heldout_html92), stop 53's third wave, sealed: measured once on 22e21bec: 0.966 / 1.00 / 1.00; a reader poll's
# question kept (mended). What differs (label conventions):
HTML_92_SEALED = {
    "heldout_html92/dniprovisti_uk_perehovory-stambul-onlain": "body (kinds differ): the entries' headings without their "
    "times",
    "heldout_html92/factlens_en_eu-sanctions-russia-fuel-supplier-claim": "description (the meta one, no dek shown)",
    "heldout_html92/harwickdistrictcouncil_en_saltmarsh-quay-flood-defences-contract": "body (4 lost): a press release's "
    "notes to editors; (kinds differ): a block quote as '>'",
    "heldout_html92/pulswschodu_pl_wywiad-wierzbicka-gwarancje-bezpieczenstwa": "description: the meta one, not the bold "
    "lead in the story's box (kept in the body)",
    "heldout_html92/thequietbench_en_rusted-hand-plane-restoration-patience": "description (the meta one, no dek shown); "
    "body (kinds differ): <h3> as '###'",
}
# Text 120 (heldout_text_copied108), stop 53's fourth wave, sealed: measured once on 4da4d963 (every ingest rule of the
# stop before it in): 0.981 / 1.00 / 0.94. What differs:
BATCH_120_SEALED = {
    "heldout_text_copied108/crookedchimney_en_sash-window-repair": "body (kinds differ): a subheading read as a list's item",
    "heldout_text_copied108/datocierto_es_sanciones-gas-ruso-bulo": "body (5 extra): the claim quoted again, the summary "
    "box, the fact-checker's network membership",
    "heldout_text_copied108/dziennikwislany_pl_sankcje-w-pigulce": "body (kinds differ): a subheading read as a list's "
    "item",
    "heldout_text_copied108/haldeninstitute_en_seagrass-recovery-survey": "author: a department's word read as a byline",
    "heldout_text_copied108/observateurdurhone_fr_entretien-garanties-securite": "body (11 extra): the guest's bio box "
    "with its dates, a pull quote, a share prompt; (kinds differ): a question read as a paragraph",
}
# HTML 93 (heldout_html93), stop 53's fourth wave, sealed: measured once on 4da4d963: 0.962 / 0.92 / 1.00. What differs:
HTML_93_SEALED = {
    "heldout_html93/kyivskyiranok_uk_pryamyi-efir-paryzh-harantii-bezpeky": "body: the live page's summary box kept, the "
    "entries' headings without their times",
    "heldout_html93/wiadomosciznadwarty_pl_wywiad-koscielna-rozejm-gwarancje": "description: the meta one, not the dek "
    "shown (kept in the body); body (1 extra): the guest's bio box",
}
# Text 121 (heldout_text_copied109), stop 53's fifth wave, sealed: measured once on 65d345c3 (every ingest rule of the
# stop before it in): 0.983 / 0.92 / 0.89 — a place the headline names and a player's "Listen · 7:42" read as bylines
# (mended). What still differs:
BATCH_121_SEALED = {
    "heldout_text_copied109/coastlinepublicradio_en_kettle-bay-marsh-moving": "body (1 extra): the funder's credit line",
    "heldout_text_copied109/courrierdulac_fr_tribune-garanties-securite": "body (2 lost): a quotation set apart and the "
    "subheading under it",
    "heldout_text_copied109/dniprovyivisnyk_uk_interviu-harantii-bezpeky": "body (1 extra): the guest's bio line",
    "heldout_text_copied109/kitanihonkaiyoken_ja_shinshu-saikin-press": "title: the first of the release's points, not its "
    "headline; author: the press office's label; publisher: the institute's name in Latin letters; body: the points box "
    "and its label",
    "heldout_text_copied109/northgateledger_en_russia-sanctions-explainer": "body (kinds differ): a numbered list copied "
    "without its numbers",
    "heldout_text_copied109/pedaliepensieri_it_ciclovia-po-tre-giorni": "body (1 extra): a share prompt",
}
# HTML 94 (heldout_html94), stop 53's fifth wave, sealed: measured once on 65d345c3: 0.982 / 1.00 / 1.00. What differs:
HTML_94_SEALED = {
    "heldout_html94/lupafaktow_pl_czy-ukraina-zgodzila-sie-oddac-zaporoska-elektrownie": "description (the meta one, no "
    "dek shown); body (kinds differ): <h3> as '###'",
    "heldout_html94/northwoldradio_en_hill-farmers-driest-spring-fellside-tonight": "description: the meta one, not the "
    "dek shown (kept in the body)",
    "heldout_html94/shirahamadaishi_ja_ondemand-bus-kamomego-honkaku-unko": "description (the meta one, no dek shown); "
    "body (3 lost): a list of dates and places; (1 extra): a fare note",
    "heldout_html94/slobidskyikurier_uk_intervyu-kolodub-sanktsii-tinovyi-flot": "body (kinds differ): an interview's "
    "question read as a paragraph",
}
# Text 122 (heldout_text_copied110), stop 53's sixth wave, sealed: measured once on main 06dd9f20: 0.983 / 1.00 / 0.97;
# "All rights reserved" read into the publisher's name (mended). What still differs:
BATCH_122_SEALED = {
    "heldout_text_copied110/abendpost_de_sicherheitsgarantien-kommentar": "body (1 lost): a subheading",
    "heldout_text_copied110/hallowayinstitute_en_seagrass-carbon-study": "body (kinds differ): a list copied without its "
    "marks read as paragraphs",
    "heldout_text_copied110/obscontinental_fr_sanctions-russie-nouveau-paquet": "body (2 extra): a newsletter box",
    "heldout_text_copied110/oglyadach_uk_intervju-zhenevski-peremovyny": "body (1 extra): the guest's bio line",
    "heldout_text_copied110/sakurahoso_ja_genyu-kakaku-jogen": "publisher: the company's name in Latin letters, not its "
    "own; body (1 extra): the video's availability note",
    "heldout_text_copied110/truegrain_en_forum-sourdough-collapse": "body (kinds differ): a numbered list copied without "
    "its numbers",
}
# HTML 95 (heldout_html95), stop 53's sixth wave, sealed: measured once on main 06dd9f20: 0.990 / 1.00 / 0.92 — a
# sidebar's story title glued to its date read as the byline (mended: the page's test checks its author). What differs:
HTML_95_SEALED = {
    "heldout_html95/akcakiyi_tr_sahil-yolu-bisiklet-yolu-ilk-etap-aciliyor": "publisher: the municipality's name with "
    "its state prefix; description (the meta one, no dek shown); body (kinds differ): <h3> as '###'",
    "heldout_html95/kustposten_sv_sa-kan-ukrainas-sakerhet-garanteras-fem-modeller": "body (kinds differ): <h3> as '###'",
    "heldout_html95/lagelandenpers_nl_eu-sancties-schaduwvloot-tankers": "author: the desk's name (the label leaves it "
    "out); description (the meta one, no dek shown)",
    "heldout_html95/northerndispatch_en_vienna-talks-live-energy-truce": "body (kinds differ): the entries' headings "
    "without their times",
}
# Text 123 (heldout_text_copied111), stop 54's first wave, sealed: measured once on main 113227d7: 0.980 / 0.92 / 0.97 —
# an interview's headline ("Name: «…»") passed over for its dek, which shares more of a Greek story's inflected words
# (mended: a byline under the dek no longer hides that the dek is the headline's); its questions ending on the Greek
# question mark ";" read as paragraphs (mended, but the first). What differs:
BATCH_123_SEALED = {
    "heldout_text_copied111/brantholmemuseum_en_calculating-engine-acquisition": "body (kinds differ): a numbered list "
    "copied without its numbers; (1 extra): the release's 'For immediate release' line",
    "heldout_text_copied111/lahnpost_de_liveblog-sanktionspaket": "publisher: the company's name, not the paper's",
    "heldout_text_copied111/lesemaphore_fr_tribune-cessez-le-feu-verification": "body (1 lost): a subheading",
    "heldout_text_copied111/pelorus_en_ankara-black-sea-talks": "body (2 extra): the writer's bio box",
    "heldout_text_copied111/plori_el_synenteuxi-kyroseis-naftilia": "body (kinds differ): the first question as a "
    "paragraph; (1 extra): the guest's bio line",
    "heldout_text_copied111/scrumline_en_carrow-bay-elmstead-report": "body (9 extra): the match sheet",
}
# Text 124 (heldout_text_copied112), stop 54's second wave, sealed: measured once on 113227d7's ingest (no ingest rule
# had changed): 0.987 / 1.00 / 0.97. What differs:
BATCH_124_SEALED = {
    "heldout_text_copied112/toyonewsdaily_ja_tairo-seisai-kaisetsu": "publisher: the company's name in Latin letters, not "
    "its own; body (3 extra): a 'read also' label and its link, read with a subheading as a list",
    "heldout_text_copied112/veritydesk_en_factcheck-article5-ukraine-video": "body: the sources list dropped, the rating "
    "box and the site's call for claims kept",
}
# HTML 96 (heldout_html96), stop 54's first wave, sealed: measured once on main 113227d7: 0.983 / 1.00 / 1.00 — an
# interview's lead under an <h2> headline beneath a section's <h1> kept in the body, not the dek (mended); an embed's
# consent placeholder in German and a live blog's "end of the live blog" kept (mended). What differs:
HTML_96_SEALED = {
    "heldout_html96/diwfr_en_press-release-shannon-flood-defences-funding": "description: the meta one, not the lead "
    "paragraph shown (kept in the body); body (kinds differ): a block quote as '>'",
    "heldout_html96/kuriernadwislanski_pl_sankcje-wobec-rosji-wyjasniamy": "body (1 extra): the table's caption",
    "heldout_html96/lavozdelguadalmedina_es_reabre-pasarela-arroyo-jaboneros": "body (kinds differ): <h3> as '###'; "
    "(1 extra): a related story's label",
    "heldout_html96/meridianwire_en_geneva-talks-prisoner-exchange-framework": "description (the meta one, no dek shown); "
    "body (1 extra): the contributors' credit line",
    "heldout_html96/totoshinpo_ja_factcheck-toshokan-yuryoka-ayamari": "description (the meta one, no dek shown)",
}
# Text 125 (heldout_text_copied113), stop 54's third wave, sealed: measured once on de9cfe96: 0.978 / 1.00 / 0.94 — a
# Japanese share row's "Xでポスト" taken for the author, a French opinion page's singular disclaimer kept (mended). What
# differs:
BATCH_125_SEALED = {
    "heldout_text_copied113/crumbandcrust_en_rye-starter-revival": "body (kinds differ): a numbered list copied without "
    "its numbers; (1 extra, 1 lost): a comment's line kept, the sign-off dropped",
    "heldout_text_copied113/dniprovyivisnyk_uk_interviu-harantii-bezpeky": "body: a pull quote read as a subheading, the "
    "question under it as a paragraph",
    "heldout_text_copied113/echodurhone_fr_garanties-securite-ukraine": "body (1 extra): a photo caption",
    "heldout_text_copied113/elmarcador_es_cronica-almenara-turia": "body (2 extra): a photo caption and its credit",
    "heldout_text_copied113/halvorseninstitute_en_seagrass-study-launch": "description: the release's lead paragraph kept "
    "in the body, no dek",
    "heldout_text_copied113/harbourlineradio_en_kerrin-night-ferry": "body (1 extra): a photo caption",
    "heldout_text_copied113/rheinpost_de_liveblog-friedensgespraeche-genf": "body (1 extra): a photo caption",
    "heldout_text_copied113/veritydesk_en_factcheck-istanbul-nato-pledge": "body (1 extra): the rating box's verdict",
}
# HTML 97 (heldout_html97), stop 54's third wave, sealed: measured once on de9cfe96: 0.991 / 1.00 / 1.00 — a table's
# source under its rows read as a closing byline, the section after it dropped as the author's box (mended). What
# differs:
HTML_97_SEALED = {
    "heldout_html97/elbtaler_de_sanktionspaket-liveblog": "body (kinds differ): the entries' headings without their "
    "times",
    "heldout_html97/elfarodelturia_es_alquiler-valencia-sube-14": "description: the meta one, not the dek shown",
    "heldout_html97/fenlandwater_en_wisbech-flood-defence-scheme": "body (kinds differ): block quotes as '>'",
    "heldout_html97/theslowrise_en_winter-sourdough-temperature": "body (1 extra, 1 lost)",
}
# Text 126 (heldout_text_copied114), stop 54's fourth wave, sealed: measured once on 1fb2dc33: 0.976 / 1.00 / 0.94 — a
# Ukrainian newsletter's blurb and a public radio's appeal kept (mended). What differs:
BATCH_126_SEALED = {
    "heldout_text_copied114/echodurhone_fr_entretien-cessez-le-feu": "body: a question as a paragraph; (1 extra): a "
    "newsletter's blurb",
    "heldout_text_copied114/prawdomierz_pl_nato-traktat-ukraina-falsz": "publisher: the foundation's name, not the site's",
    "heldout_text_copied114/shumatsupedal_ja_shimanami-oufuku": "author: none found; body: a numbered list copied without "
    "its numbers, a photo caption kept",
}
# Text 127 (heldout_text_copied115), stop 54's fifth wave, sealed: measured once on e537bf2e: 0.977 / 1.00 / 0.92. What
# differs:
BATCH_127_SEALED = {
    "heldout_text_copied115/dniprovivisti_uk_interviu-hayday-perehovory": "body (kinds differ): a two-sentence question "
    "as a paragraph",
    "heldout_text_copied115/hanbitbroadcasting_ko_hwangsa-gyeongbo": "publisher: none found; body (1 extra): a photo "
    "caption",
    "heldout_text_copied115/hokutoshimbun_ja_factcheck-nato-haehei": "author: none found; publisher: the site's name, "
    "not the paper's; body (2 lost): two subheadings",
    "heldout_text_copied115/theslowspoke_en_danube-folding-bike": "body: a list copied without its numbers, its heading "
    "lost; a photo caption kept",
}
# HTML 98 (heldout_html98), stop 54's fifth wave, sealed: measured once on e537bf2e: 0.991 / 1.00 / 1.00 — a Drupal
# teaser field under the headline passed over and the byline row under it taken for the description (mended). What
# differs:
HTML_98_SEALED = {
    "heldout_html98/echodesdeuxrives_fr_tribune-sanctions-flotte-fantome": "body (kinds differ): a block quote as '>'",
    "heldout_html98/notesfromplot14_en_stopped-digging-no-dig-beds": "description (the meta one, no dek shown); body "
    "(kinds differ): <h3> as '###'",
    "heldout_html98/penninerivers_en_calder-valley-flood-scheme-approved": "body (kinds differ): block quotes as '>'",
    "heldout_html98/weserlandkurier_de_interview-sicherheitsgarantien-holt": "body (2 extra): the guest's bio box",
}
# Text 128 (heldout_text_copied116), stop 55's first wave, sealed: measured once on a3b93f55: 0.977 / 0.92 / 1.00 — a
# Japanese release's "ニュースリリース" label over its date taken for the headline, the issuer's name under it and a
# photographer's credit in capitals ("JOHN HARLOW FOR THE HARBOUR TIMES") as subheadings (mended). What differs:
BATCH_128_SEALED = {
    "heldout_text_copied116/northgatepost_en_eu-sanctions-explainer": "body (1 lost): a subheading over a newsletter box",
    "heldout_text_copied116/rheinlandkurier_de_liveticker-sicherheitsgarantien": "body (kinds differ): a numbered list "
    "as a bulleted one",
    "heldout_text_copied116/sentieridicarta_it_anello-ca-ceresola": "body (5 extra): the route's fact box",
    "heldout_text_copied116/setoblueline_ja_shiokaze-shuko": "body (6 lost): the ship's fact box, label and value rows",
}
# HTML 99 (heldout_html99), stop 55's first wave, sealed: measured once on a3b93f55: 0.979 / 0.83 / 0.94 — a Blogger
# post's lead taken for the dek its meta description cut off with "...", a show's name in the <h1> over the episode's
# headline, a lead box under a logo's <h1>, "Ce direct est maintenant terminé." (mended). What differs:
HTML_99_SEALED = {
    "heldout_html99/aytomontecastro_es_licitacion-red-abastecimiento": "author: the press office of DC.Creator; body: a "
    "'citizen information' box kept, <h3> as '###'",
    "heldout_html99/iltaccuinodimarta_it_via-degli-dei-cinque-giorni": "body (kinds differ): <h4> as '###'",
    "heldout_html99/westmarkradio_en_inishcarra-ferry-episode": "body: <h3> as '###', the programme's credits line kept",
}
# Text 129 (heldout_text_copied117), stop 55's second wave, sealed: measured once on 1d5638a9: 0.970 / 1.00 / 0.89 — a
# byline with the reporter's e-mail after the name missed, a Greek WordPress post's like buttons, its writer's box and
# its "από" byline missed, a station's "depends on you" appeal kept (mended). What differs:
BATCH_129_SEALED = {
    "heldout_text_copied117/ashbrookgazette_en_millrace-bridge": "body (2 extra): the lead photo's caption and its "
    "credit ('Name / the site's name') as a subheading",
    "heldout_text_copied117/hanseatischerundschau_de_sanktionen-kommentar": "body (1 lost): the paragraph after a "
    "'Lesen Sie auch' teaser, read as the teaser's summary",
    "heldout_text_copied117/meridianwire_en_geneva-second-round": "publisher: the newsletter's name, not the wire's",
    "heldout_text_copied117/monopatiakritis_el_aradaina-odigos": "body (5 lost): a list copied without its bullets, "
    "under its heading",
}
# HTML 100 (heldout_html100), stop 55's second wave, sealed: measured once on 1d5638a9: 0.974 / 1.00 / 0.97 — a
# government release's date in "dcterms.date" only (mended). What differs:
HTML_100_SEALED = {
    "heldout_html100/gazetteduleman_fr_tribune-garanties-securite": "body: a pull quote its class names kept (it words "
    "the story otherwise); a block quote as '>'",
    "heldout_html100/kurierwislany_pl_wywiad-zielinski-sankcje": "body: a question ending in '.' as a paragraph, <h3> "
    "as '###', the guest's bio box kept",
    "heldout_html100/mainufertagblatt_de_liveticker-friedensgespraeche-wien": "body: the live page's summary box kept, "
    "the entries' headings without their times",
    "heldout_html100/portalderwater_en_boil-water-advisory-lifted": "description (the meta one, no dek shown); body: "
    "the release's 'Key information' box kept",
    "heldout_html100/yamamichitecho_ja_okutama-nokogiri-one": "description (the meta one, no dek shown); body: <h3> as "
    "'###', a list's first item as a subheading",
}
# Text 130 (heldout_text_copied118), stop 55's third wave, sealed: measured once on 4f88fecf: 0.968 / 0.92 / 1.00 — a
# radio page's "Available for over a year" under its player taken for the headline, a French subheading with its
# spaced colon read as a label (mended). What differs:
BATCH_130_SEALED = {
    "heldout_text_copied118/elaionas_el_viologiki-proti-chronia": "body: a photo caption with no credit between "
    "paragraphs kept, a list of full sentences as paragraphs",
    "heldout_text_copied118/elbtaler_de_liveblog-sicherheitsgarantien": "body (1 lost): a live entry's time alone",
    "heldout_text_copied118/kitaminato_ja_kaiso-shokuhin-yoki": "body: a numbered list copied without its numbers, a "
    "photo caption with its '（提供：…）' credit kept, a short subheading lost",
    "heldout_text_copied118/ledgerbrief_en_sanctions-package-explainer": "body (kinds differ): a question under a list "
    "read as its last item",
}
# HTML 101 (heldout_html101), stop 55's third wave, sealed: measured once on 4f88fecf: 0.991 / 1.00 / 1.00 — a GOV.UK-style
# release's lead paragraph ("govuk-body-l") kept in the body, a Czech column's disclaimer in the singular, a fact-check's
# WhatsApp tip line kept (mended). What differs:
HTML_101_SEALED = {
    "heldout_html101/antilalos_el_synenteuxi-lysenko-eggyiseis-asfaleias": "body: the answerer's name as a subheading, "
    "a question under it as a paragraph",
    "heldout_html101/dagbladdelta_nl_liveblog-vredesoverleg-geneve": "body: a block quote as '>', a poll's statement "
    "box kept",
    "heldout_html101/darkskydiary_en_twelve-winters-light-pollution-blog": "body (kinds differ): a block quote as '>'",
    "heldout_html101/hanbitsports_ko_seohae-donggang-k-league-report": "description: the meta one, not the dek shown",
}
# Text 131 (heldout_text_copied119), stop 55's fourth wave, sealed: measured once on 091ae303: 0.984 / 0.92 / 0.83. What
# differs:
BATCH_131_SEALED = {
    "heldout_text_copied119/dniprovskyioglyadach_uk_intervyu-peremovyny": "body (kinds differ): a question ending in '.' "
    "as a paragraph",
    "heldout_text_copied119/harbourtimes_en_geneva-talks-live": "author: one of two ('Live coverage by A and B' tried "
    "and taken back: broadcasters are credited so); body: an entry's writer as a subheading, an entry's time alone",
    "heldout_text_copied119/hokurikukaiyoken_ja_shinkaigyo-hakken": "title: the lead's first sentence, not the headline; "
    "publisher: the institute's name in Latin letters; description: the '〜…〜' subtitle missed; body: the key points box",
    "heldout_text_copied119/lamadiagiulia_it_pane-lievito-madre": "author: none found ('Pubblicato il … da Giulia "
    "Ferrandi': 'da' is also 'from'); body: numbered steps as a bulleted list, a caption kept",
    "heldout_text_copied119/prawdaczyfalsz_pl_gwarancje-bezpieczenstwa-fakty": "publisher: the foundation's name, not "
    "the site's; body: the verdict box kept",
    "heldout_text_copied119/tasmanvoice_en_orchard-frost-losses": "author: the presenter with the reporter; publisher: "
    "the trust's name, not the station's",
}
# HTML 102 (heldout_html102), stop 55's fourth wave, sealed: measured once on 091ae303: 0.992 / 1.00 / 1.00. What differs:
HTML_102_SEALED = {
    "heldout_html102/fieldhouse_en_county-cup-final": "body: <h3> as '###', the match sheet's 'Star man' box kept",
    "heldout_html102/northgate_en_geneva-talks": "description (the meta one, no dek shown); body (kinds differ): a block "
    "quote as '>'",
}
# Text 132 (heldout_text_copied120), stop 56's first wave, sealed: measured once on main 3435e40d: 1.000 / 0.92 / 0.97 —
# the headline dropped as a contents list (the header's section labels and the headline set again in the footer's tags
# and "Most Read"), a TV page's "the video starts after the ad" taken for the dek (both mended). What differs:
BATCH_132_SEALED = {
    "heldout_text_copied120/valvebench_en_forum-halcyon-restoration": "body (kinds differ): a numbered list copied "
    "without its numbers",
}
# HTML 103 (heldout_html103), stop 56's first wave, sealed: measured once on main 3435e40d: 0.992 / 1.00 / 0.97 — a
# Blogger caption centred under its picture, an American paper's "… contributed to this report." and the Local Democracy
# Reporting Service's note kept (all mended). What differs (mostly label conventions):
HTML_103_SEALED = {
    "heldout_html103/lindenauerallgemeine_de_liveblog-sicherheitsgarantien-paris": "body (kinds differ): a block quote "
    "as '>'",
}
# Text 133 (heldout_text_copied121), stop 56's second wave, sealed: measured once on bae48af5 (wave 1's rules in): 0.995 /
# 1.00 / 0.89 — a Spanish regional paper's "14·04·25 | 07:15" read as no date (and its byline with it), "Did you find
# this useful?" and a Korean TV page's "이 영상은 … 방송되었습니다." kept (all mended). What differs:
BATCH_133_SEALED = {
    "heldout_text_copied121/bedfourteen_en_split-tomatoes": "body (1 extra): a blog photo's caption ('Split fruit on the "
    "truss, 17 August.')",
    "heldout_text_copied121/factline_en_istanbul-army-claim": "body (1 extra): the feedback box's 'Did you find this "
    "useful?' (tried and taken back: an interviewer may ask it)",
}
# HTML 104 (heldout_html104), stop 56's second wave, sealed: measured once on bae48af5: 0.977 / 1.00 / 1.00 — a blog's
# "(Previous posts in this series: …)" kept (mended). What differs (mostly label conventions):
HTML_104_SEALED = {
    "heldout_html104/dohokumirai_ja_rosenbus-haishi": "description (the meta one, no dek shown); body (4 extra): the fact "
    "box of the lines to go ('廃止される3系統')",
    "heldout_html104/meridianpress_en_geneva-ceasefire-talks": "description (the meta one, no dek shown)",
}
# Text 134 (heldout_text_copied122), stop 56's third wave, sealed: measured once on d05269c4: 0.994 / 1.00 / 0.97 — a
# Japanese broadcaster's "この動画は…まで視聴できます" taken for the dek, its romanised copyright name for the publisher
# (both mended: the masthead in the page's script now names it, on thirteen registered pages before too). What differs:
BATCH_134_SEALED = {
    "heldout_text_copied122/crumbandkiln_en_rye-starter-winter": "body (1 extra, 2 lost): a blog photo's caption kept, "
    "the sign-off ('Happy baking,' / 'Wren') dropped",
    "heldout_text_copied122/iccm_es_nueva-esponja": "body (kinds differ): a paragraph after a list read as its last item",
    "heldout_text_copied122/pitchsidedaily_en_harbour-city-ashfield": "body (3 extra): the app's 'Quick guide' box",
}
# HTML 105 (heldout_html105), stop 56's third wave, sealed: measured once on d05269c4: 0.963 / 1.00 / 0.97 — an
# explainer's table rows with dates read as a post's date under a sidebar (its lead, first section and table dropped),
# and "… had received no reply by the time of publication." read as a comment form (the fact-check's verdict cut):
# both mended. What differs:
HTML_105_SEALED = {
    "heldout_html105/dniprovyivisnyk_uk_harantii-bezpeky-paryzh-online": "body (kinds differ): the entries' times apart "
    "from their headings, a block quote as '>'",
    "heldout_html105/marcadorsur_es_guadalmar-remonta-olivares": "author: the place beside the byline read as a second "
    "surname; body (kinds differ): <h3> as '###'",
    "heldout_html105/riverbendradio_en_millbrook-ferry-final-crossing": "description (the meta one, no dek shown); body "
    "(2 extra): a photo's caption and the 'Sponsor Message' heading; <h3> as '###'",
    "heldout_html105/slowroadsletter_en_1978-steel-bicycle-repair": "body (kinds differ): a block quote as '>'",
    "heldout_html105/veritydesk_en_eu-has-not-lifted-russia-sanctions": "body (3 extra): the verdict box over the "
    "story; <h3> as '###'",
}
# Text 135 (heldout_text_copied123), stop 56's fourth wave, sealed: measured once on c6235cb7: 0.975 / 1.00 / 0.94 — a
# newsletter's name past the outlet's taken for the publisher (mended). What differs:
BATCH_135_SEALED = {
    "heldout_text_copied123/halvorseninstitute_en_nordland-coral-reef": "body (kinds differ, 2 extra): a list copied "
    "without its bullets, the institute's 'About' box under the release",
    "heldout_text_copied123/radiotrevalli_it_scuole-di-montagna": "body (5 lost, 2 extra): the episode's list copied "
    "without bullets dropped, the programme's schedule kept",
    "heldout_text_copied123/theslowpedal_en_carpathians-by-bike": "body (2 extra, kinds differ): a blog's photo "
    "captions, a numbered list copied without its numbers",
    "heldout_text_copied123/totoshinpo_ja_factcheck-ryodo-katsujo": "author: a Japanese name alone over its desk "
    "('ファクトチェック班') missed; body (1 extra): the verdict's label",
}
# HTML 106 (heldout_html106), stop 56's fourth wave, sealed: measured once on c6235cb7: 0.983 / 0.92 / 1.00 — the
# headline in a <header> inside the story's <section> dropped as the page's header (a subheading taken for the title),
# an audio player's fallback text kept (both mended). What differs (mostly label conventions):
HTML_106_SEALED = {
    "heldout_html106/gazetanadwislanska_pl_wywiad-sankcje-rosja": "body (kinds differ, 2 extra): a question that is a "
    "statement read as a paragraph; the interviewee's bio box",
    "heldout_html106/ledgerreview_en_russia-sanctions-explained": "body (kinds differ, 1 extra): <h3> as '###', the "
    "table's caption as a subheading",
    "heldout_html106/rheinpost_de_liveblog-friedensgespraeche-istanbul": "body (kinds differ): the entries' times apart "
    "from their headings, a block quote as '>'",
}
# Text 136 (heldout_text_copied124), stop 57's first wave, sealed: measured once on 2fa8d10e: 0.979 / 1.00 / 0.94 — a
# match report's line-ups with no label, an ad's label ending a related list before the story's subheading, notes 'niet
# voor publicatie', a caption over its credit and a subheading, a Japanese reporter named before the desk, a caption's
# '（…撮影）' taken for the standfirst, a fact-check's verdict heading dropped as the claim card's word (all mended). What
# differs:
BATCH_136_SEALED = {
    "heldout_text_copied124/ikz_nl_sensor-verzilting-persbericht": "body (1 extra): a photo's caption over its credit, "
    "a sentence in the present tense",
    "heldout_text_copied124/northgatepost_en_russia-sanctions-peace-deal-explainer": "body (kinds differ): a numbered list copied without its numbers",
    "heldout_text_copied124/rustandspokes_en_1978-touring-bike-rebuild": "body (1 extra): a blog's photo caption",
    "heldout_text_copied124/weryfikator_pl_nagranie-nato-gwarancje": "publisher: the foundation's name ('Fundacja Weryfikator') for the site's; body (kinds differ): a list copied without bullets",
}
# HTML 107 (heldout_html107), stop 57's first wave, sealed: measured once on 2fa8d10e: 0.995 / 1.00 / 0.97 — a request
# for tips with an e-mail address kept, an interview's next turn dropped under a 'Читайте також' box (both mended). What
# differs (mostly label conventions):
HTML_107_SEALED = {
    "heldout_html107/arhs_pt_plano-contingencia-seca-2025": "publisher: the agency's initials before its name; description (the meta one, no dek shown)",
    "heldout_html107/kurieramain_de_liveblog-sanktionen-russland": "body (kinds differ, 1 extra): a block quote as '>', the live blog's sign-off",
    "heldout_html107/visnykprydniprovia_uk_interviu-kravchyshyn-perehovory": "body (kinds differ): an interview's questions opening on a dash kept as its spoken lines, a block quote as '>'",
}
# Text 137 (heldout_text_copied125), stop 57's second wave, sealed: measured once on 43d45112: 0.974 / 0.92 / 0.89 — an
# Arabic page's skip link taken for its headline (a headline that asks, under menus, read as story; 'اقرأ أيضًا' and
# 'الأكثر قراءة' not known; the byline's glued 'و'; a year in Arabic-Indic digits in the copyright's name), a player's
# '7 min', 'this video has failed to load', 'À lire aussi :', 'Pour en savoir plus', 'Live coverage by …', 'About the
# author: …' (all mended). What differs:
BATCH_137_SEALED = {
    "heldout_text_copied125/continentalreview_en_guarantees-intermission": "body (1 extra): an audio player's length "
    "('7 min') as a subheading",
    "heldout_text_copied125/allotmentnotes_en_saving-tomato-seed": "body (2 extra, kinds differ): a blog's photo caption, a list and a numbered list copied without bullets and numbers (its heading dropped with them)",
    "heldout_text_copied125/hanseatischerundschau_de_interview-garantien": "body (kinds differ, 3 extra): a statement put to the interviewee as a question, a pull quote, the 'Zur Person' box",
    "heldout_text_copied125/lupaabierta_es_paracetamol-farmacias": "body (kinds differ): a paragraph after a list read as its item",
    "heldout_text_copied125/meridianwire_en_geneva-second-round": "publisher: 'Meridian' (the copyright's and the dateline's) for the masthead's 'Meridian Wire'",
    "heldout_text_copied125/northernledger_en_sanctions-live": "author: 'Live coverage by A and B' read as no byline; body (2 lost, kinds differ): a live page's first and last entries' headings, an entry's time and heading read as a paragraph",
}
# HTML 108 (heldout_html108), stop 57's second wave, sealed: measured once on 43d45112: 0.982 / 1.00 / 1.00 — a
# fact-checker's note on its method and its request for tips, a subscription appeal, 'Send them this.' (all mended).
# What differs (mostly label conventions):
HTML_108_SEALED = {
    "heldout_html108/dniprovyivisnyk_uk_paryzh-harantii-bezpeky-online": "body (kinds differ, 1 extra): a block quote as '>', the live page's sign-off",
    "heldout_html108/radionorrsken_sv_koltrastar-sjunger-tidigare-i-staden": "description: the player's 'Lyssna på …' for the dek under the headline, kept as story",
}
# Text 138 (heldout_text_copied126), stop 57's third wave, sealed: measured once on 96d0931e (every rule of the stop but
# the second review's narrowings): 0.982 / 1.00 / 0.97, no rule made for it. What differs:
BATCH_138_SEALED = {
    "heldout_text_copied126/elbkurier_de_liveblog-sanktionspaket": "publisher: the publishing company ('Elbkurier Verlagsgesellschaft') for the paper's name; body (1 extra, kinds differ): an 'Auch interessant:' teaser as a list item, an entry's time and heading read as an item",
    "heldout_text_copied126/halvorseninstitute_en_press-release-buoy-network": "body (5 lost, 2 extra): a fact box's list dropped, the institute's 'About' box under the release kept",
    "heldout_text_copied126/minatokeizai_ja_kaisetsu-tairo-seisai": "body (1 extra): the 'save' button ('保存する') kept as a subheading",
    "heldout_text_copied126/slowrows_en_blog-saving-tomato-seeds": "body (kinds differ): a numbered list copied without numbers",
    "heldout_text_copied126/verityledger_en_factcheck-kharkiv-secret-deal": "body (kinds differ): a list copied without bullets",
}
# HTML 109 (heldout_html109), stop 57's third wave, sealed: measured once on 96d0931e: 0.975 / 1.00 / 1.00, no rule made
# for it. What differs (a dek shown under the headline while the meta description is taken, three pages; label
# conventions):
HTML_109_SEALED = {
    "heldout_html109/gazetanadwislanska_pl_ceny-mieszkan-krakow": "description: the meta one for the dek shown under the headline, kept as story",
    "heldout_html109/pravdomir_uk_fakt-chek-nato-2026": "body (3 extra): the fact-check's claim and verdict box over the story",
    "heldout_html109/rheinischeabendpost_de_interview-waffenstillstand": "description: the meta one for the dek shown under the headline",
    "heldout_html109/towatv_ja_shinmai-kakaku": "description: the player's note on how long the clip is kept (the meta one)",
    "heldout_html109/waterschaplagevenen_nl_dijkversterking-marrum": "description: the meta one for the dek shown (an 'intro' box outside the header), kept as story; body (2 extra): notes to editors without a contact label",
}
# HTML 110 (heldout_html110), stop 58's first wave, sealed: measured once on 46689ab4: 0.991 / 1.00 / 1.00; the rules of
# this wave (a donation appeal saying what contributions power) mended one page. What still differs:
HTML_110_SEALED = {
    "heldout_html110/coastalcourier_en_ferry-terminal-vote-delayed": "description (the meta one, no dek shown); body (1 extra): the Local Democracy Reporting Service's credit line",
    "heldout_html110/harbourpost_en_sanctions-shadow-fleet-live": "body (kinds differ): a live page's entries, their times apart from their headings; a block quote as '>'",
    "heldout_html110/meridianreview_en_guarantees-enforcement-opinion": "body (kinds differ): a block quote as '>'",
    "heldout_html110/novyikurier_uk_interviu-harantii-bezpeky": "body (1 extra): the note that the interview was condensed and edited (labels keep the English one)",
}
# Text 140 (heldout_text_copied128), stop 58's second wave, sealed: measured once on 7432fe4e: 0.985 / 1.00 / 0.97; this
# wave's rules (a Japanese desk in brackets, a picture provided, a Spanish caption's initials, a WhatsApp channel, a
# clip's transcript note, an Ofcom licence) mended four pages. What still differs:
BATCH_140_SEALED = {
    "heldout_text_copied128/allotmentledger_en_blog-gave-up-raised-beds": "body (1 extra): a photo's caption with no credit, between the blog's paragraphs",
    "heldout_text_copied128/dniprovyivisnyk_uk_intervyu-harantii-bezpeky": "body (2 extra): a pull quote and the interviewee's bio box",
    "heldout_text_copied128/gazetanadwislanska_pl_sankcje-na-rosje-wyjasniamy": "body (2 extra): a related story's headline as a subheading, an explainer's numbered question kept as text",
    "heldout_text_copied128/halvorseninstitute_en_press-release-seagrass-mapping": "body (kinds differ): a list copied without its bullets",
}
# HTML 111 (heldout_html111), stop 58's second wave, sealed: measured once on 7432fe4e: 0.991 / 1.00 / 1.00; an intro
# box beside the byline box mended one page's dek. What still differs:
HTML_111_SEALED = {
    "heldout_html111/cadernodopao_pt_fermento-natural-frigorifico": "body (1 extra): a photo's caption in a blog post; <h3> as '###'",
    "heldout_html111/courrierestuaire_fr_sanctions-russie-nouveau-paquet": "body (1 extra): a table's caption with its source",
    "heldout_html111/harbourpost_en_vienna-peace-talks-live": "body (kinds differ): a live page's entries, their times apart from their headings; a block quote as '>'",
    "heldout_html111/lakeshoreradio_en_port-aldous-fish-hatchery": "body (2 extra): a caption and its credit in a 'credit-caption' box",
}
# Text 141 (heldout_text_copied129), stop 58's third wave, sealed: measured once on d735fd1c: 0.967 / 0.92 / 1.00 (a
# public radio page's 'Become a sustaining member' appeal taken for the first line, its headline then dropped as a
# related link's repeat; mended). What still differs:
BATCH_141_SEALED = {
    "heldout_text_copied129/dniprovisti_uk_interviu-harantii": "body (kinds differ): an interviewer's question as text, labelled a subheading",
    "heldout_text_copied129/ieih_es_sensor-fugas-riego": "body (kinds differ): a list copied without its bullets",
    "heldout_text_copied129/lecourrierdulac_fr_garanties-securite": "body (1 extra, 1 lost): an opinion column's disclaimer kept; a subheading with brackets dropped",
    "heldout_text_copied129/muddybootsbrassicas_en_no-dig-allotment": "body (1 extra): a photo's caption in a blog post; (kinds differ): a numbered list copied without its numbers",
    "heldout_text_copied129/northfieldpublicradio_en_bookmobile-last-stop": "body (5 extra): a player's 'Embed' button, a caption, the second writer's box and a listener-support appeal",
    "heldout_text_copied129/rheinpost_de_sanktionen-liveblog": "body (5 extra): a live page's summary box and a link to the day before's",
    "heldout_text_copied129/sprawdzam24_pl_falszywy-wpis-negocjacje": "body (1 extra): a fact-check's claim box",
    "heldout_text_copied129/wanganspo_ja_niigata-shui-fujo": "body (1 lost): a Japanese subheading over a short paragraph",
}
# HTML 112 (heldout_html112), stop 58's third wave, sealed: measured once on d735fd1c: 0.990 / 1.00 / 1.00, no rule made
# for it. What still differs:
HTML_112_SEALED = {
    "heldout_html112/northgatecourier_en_explainer-russian-oil-price-cap": "body (1 extra): a table's caption kept as a list item",
    "heldout_html112/northlandsradio_en_saturday-coast-seagrass-divers": "description: the meta one for the dek shown, kept as story; <h3> as '###'",
    "heldout_html112/ohliadach_uk_interviu-hnatiuk-harantii-bezpeky": "body (kinds differ): an interviewer's question as text, labelled a subheading",
}
# Text 142 (heldout_text_copied130), stop 59's first wave, sealed: measured once on 73cf9da0: 0.992 / 0.83 / 0.94 (two
# headlines over a dek taken for the dek, a Japanese one mended; a Japanese credit in brackets and an author's box label
# that the menu sets mended). What still differs:
BATCH_142_SEALED = {
    "heldout_text_copied130/alufuq_ar_aqaba-desalination": "title: the headline under a video player's controls is taken for the clip's caption, its dek for the title (a rule tried and taken back: the same shape is a clip's caption over the headline on TVK24)",
    "heldout_text_copied130/cromwellreview_en_guarantee-opinion": "body (kinds differ): a numbered list copied without its numbers; a correction note under the story kept",
    "heldout_text_copied130/hanseblick_de_interview-sicherheitsgarantien": "body: the interviewer's closing thanks kept as a paragraph (the label a heading); a 'Zur Person' bio box kept",
    "heldout_text_copied130/holospolissia_uk_zaes-fake": "body: a fact-check's first subheading under the share row dropped as one more button (a rule tried and taken back: buttons of other pages became headings)",
    "heldout_text_copied130/spokeandchain_en_dynamo-winter-commute": "body (kinds differ): a numbered list copied without its numbers; a sign-off line kept",
}
# Text 143 (heldout_text_copied131), stop 59's second wave, sealed: measured once on 410d5326: 0.991 / 0.92 / 1.00 (a
# summary box's first point taken for the headline, a note about the site under its own heading kept, a fact-check's
# feedback question; mended). What still differs:
BATCH_143_SEALED = {
    "heldout_text_copied131/halvorseninstitute_en_seagrass-recovery-skagerrak": "body (kinds differ): a list copied without bullets",
    "heldout_text_copied131/iltaccuinodichiara_it_ultima-libreria-valdirosa": "body (kinds differ): a list copied without bullets",
    "heldout_text_copied131/lefileuropeen_fr_tribune-garanties-securite-ukraine": "body: a pull quote repeating a sentence of the story kept",
    "heldout_text_copied131/northlightverify_en_fact-check-negotiator-video": "body: a line of the fact-check's verdict box kept",
    "heldout_text_copied131/pravyirubizh_uk_intervyu-marchuk-harantii-bezpeky": "body (kinds differ): an interviewer's question written as a statement, a paragraph (the label a heading)",
}
# HTML 113 (heldout_html113), stop 59's first wave, sealed: measured once on 73cf9da0: 0.993 / 1.00 / 1.00 (a German
# live blog's self-updating notice kept; mended). What still differs:
HTML_113_SEALED = {
    "heldout_html113/novakhvylia_uk_interview-garantii-bezpeky": "body (kinds differ): an interviewer's question written as a statement, a paragraph (the label a heading)",
    "heldout_html113/pulstygodnia_pl_sankcje-pakiety-wyjasniamy": "body: a subheading the label leaves out kept",
}
# HTML 114 (heldout_html114), stop 59's second wave, sealed: measured once on 410d5326: 0.992 / 0.92 / 1.00 (a kicker
# opening the h1 in a span of its own, a 'Sponsor Message' label; mended). What still differs:
HTML_114_SEALED = {
}
# Text 144 (heldout_text_copied132), stop 59's third wave, sealed: measured once on 1ee790bb (the second wave's rules
# after their review): 0.986 / 1.00 / 0.94 (a press office beside the date taken for the author, a Japanese share label
# for the dek, 'Advert', an Italian correspondent's byline; mended). What still differs:
BATCH_144_SEALED = {
    "heldout_text_copied132/halvorseninstitute_en_seabedwatch-portal": "body (kinds differ): a list item read as a subheading",
    "heldout_text_copied132/harbourside_en_ferry-winter-sailings": "body: a station's promotion of its programmes under the story kept",
    "heldout_text_copied132/lavigie_fr_entretien-sanctions-valcourt": "body: a newsletter's pitch under the story kept",
    "heldout_text_copied132/lupaabierta_es_video-delegacion-rusa-estambul": "body: a fact-check card's claim and verdict label kept",
    "heldout_text_copied132/spokeandchain_en_ghost-shifting-thread": "body (kinds differ): a numbered list copied without its numbers; a forum signature kept",
    "heldout_text_copied132/theledger_en_shadow-fleet-explained": "body (kinds differ): a numbered list copied as bullets; a box heading over it dropped",
}
# HTML 115 (heldout_html115), stop 59's third wave, sealed: measured once on 1ee790bb: 0.988 / 1.00 / 0.97 (a press
# office in the page's DC.creator taken for the author; mended). What still differs:
HTML_115_SEALED = {
    "heldout_html115/ashfordcourier_en_mill-street-bridge-closure": "description (the meta one, the shown dek differs); body (kinds differ): <h3> as '###'",
    "heldout_html115/pitchside_en_cup-semi-final-report": "description (the meta one, the shown dek differs); body: a match's stats table kept",
    "heldout_html115/rheinpost_de_liveblog-friedensgespraeche-genf": "body: a live page's summary box kept; live entries' times left out of their headings (the label keeps them); a block quote as '>'",
}
# Text 145 (heldout_text_copied133), stop 59's fourth wave (measurement only), sealed: measured once on 03e7a10f: 0.885
# / 0.83 / 0.94 (a short Japanese explainer's table and closing sentences dropped as the footer, two headlines over
# their deks taken for the deks; left for the next stop). What still differs:
BATCH_145_SEALED = {
    "heldout_text_copied133/asanagi_ja_sanctions-explainer": "body: a short Japanese explainer's table under its heading, and the two sentences after an ad label, dropped as the footer; publisher: the site's English name for its Japanese one",
    "heldout_text_copied133/fondmostiv_uk_garantii-bezpeky": "body (kinds differ): a numbered list copied as items under a colon, without numbers",
    "heldout_text_copied133/growersnook_en_tomato-blight": "body: a forum's replies kept; publisher: the forum's name without 'Forum'",
    "heldout_text_copied133/lavigie_fr_negociations-tribune": "body: the writer's bio under an opinion piece kept",
    "heldout_text_copied133/pitchside_en_harbour-derby": "body: a match report's line-ups and referee kept",
    "heldout_text_copied133/qanatalwaha_ar_date-harvest": "title: the dek under the headline of an Arabic programme page taken for the title; body: the programme's schedule line kept",
    "heldout_text_copied133/rheinkurier_de_sicherheitsgarantien-interview": "body: a 'Zur Person' bio line kept",
    "heldout_text_copied133/truthdesk_en_water-bill-claim": "title: a fact-check's dek taken for the title (the headline over it read as a verdict); body (kinds differ): a list copied without bullets",
}
# HTML 116 (heldout_html116), stop 59's fourth wave (measurement only), sealed: measured once on 03e7a10f: 0.888 / 1.00
# / 1.00 (a Japanese explainer's story lost; left for the next stop). What still differs:
HTML_116_SEALED = {
    "heldout_html116/allotment-diaries_en_raised-beds-year-one": "description (the meta one, no dek shown); body: a photo caption kept",
    "heldout_html116/lavigie_fr_sanctions-tribune": "description (the meta one, no dek shown); body: a pull quote kept, a block quote as '>'",
    "heldout_html116/marcador-sur_es_cronica-derbi-sevilla": "body: a match report's 'Ficha técnica' box kept",
    "heldout_html116/the-meridian-post_en_security-guarantees-interview": "body: 'This interview has been edited and condensed for clarity.' kept",
}
# Text 146 (heldout_text_copied134), stop 60's first wave, sealed: first run on 03e7a10f: 0.977 / 1.00 / 0.92 (a
# paragraph under a 'Related Topics' label, a writer's box, a fact-check's note on its ratings, a subheading under a
# teaser; mended). What still differs:
BATCH_146_SEALED = {
    "heldout_text_copied134/icova_es_praderas-posidonia": "publisher: an institute's acronym for its full name; body (kinds differ): a list copied without bullets",
    "heldout_text_copied134/northgateherald_en_eu-sanctions-live": "body: a live entry's time left out of its heading (the label keeps it), a list item's sentence as a paragraph",
    "heldout_text_copied134/ortodigianna_it_pomodori-spaccati": "author: 'Pubblicato il … da Gianna Ferraris' (Italian 'da' is 'by' or 'from'; a given name the lexicon lacks)",
    "heldout_text_copied134/soarvalleyecho_en_footbridge-closure": "body: the Local Democracy Reporting Service's funding note kept; a list copied without bullets",
    "heldout_text_copied134/touchlinedaily_en_harbour-town-rovers-report": "body: a match report's scorers line under the score kept as a subheading",
}
# HTML 117 (heldout_html117), stop 60's first wave, sealed: first run on 03e7a10f: 0.995 / 1.00 / 1.00 (a fact-check's
# 'How we checked' dropped as an appeal, a reader poll kept; mended). What still differs:
HTML_117_SEALED = {
    "heldout_html117/defietsdokter_nl_drieversnellingsnaaf-reviseren": "body (kinds differ): a tip box as a block quote",
    "heldout_html117/factlantern_en_odesa-istanbul-deal-fact-check": "description (the meta one, no dek shown)",
    "heldout_html117/gazettedeuxrives_fr_tribune-garanties-securite": "body (kinds differ): a block quote as '>'",
    "heldout_html117/rheinkurier_de_liveticker-genf-gespraeche": "body (kinds differ): <h3> as '###', a block quote as '>'",
    "heldout_html117/westmerecouncil_en_harbour-road-cycle-route-press-release": "body (kinds differ): a block quote as '>'",
}
# Text 147 (heldout_text_copied135), stop 60's second wave, sealed: first run on c08035c8: 0.979 / 1.00 / 1.00 ('Skopiuj
# link' read as a subheading; mended). What still differs:
BATCH_147_SEALED = {
    "heldout_text_copied135/crumbandkiln_en_six-months-rye": "body: a blog's subheadings with commas dropped as captions, a photo caption kept, a list copied without bullets in small letters read as lines",
    "heldout_text_copied135/gazzettatirreno_it_pro-versilia-rimonta": "language: none told for an Italian match report (the label says 'it')",
    "heldout_text_copied135/hokurikumarine_ja_seaweed-film-release": "body: a Japanese press release's one-word subheading '概要' dropped",
    "heldout_text_copied135/hollinsledger_en_explainer-oil-price-cap": "body: a 'Key figures' box's label and figures kept as a list",
}
# HTML 118 (heldout_html118), stop 60's second wave, sealed: first run on c08035c8: 0.911 / 1.00 / 1.00 (a paywalled
# Japanese page's story, in an element named both the article's body and a paywall teaser, lost; a donation box's pitch
# kept; mended). What still differs:
HTML_118_SEALED = {
    "heldout_html118/rheinischerkurier_de_liveblog-sanktionspaket": "description: a link line under the headline taken for the dek; body (kinds differ): a block quote as '>'",
}
# Text 148 (heldout_text_copied136), stop 60's third wave, sealed: first run on 6c39b28c: 0.995 / 1.00 / 0.83 (a Greek
# 'Γράφει ο' byline, an unspaced kanji byline, a radio player's rights notice; the first two mended). What still
# differs:
BATCH_148_SEALED = {
    "heldout_text_copied136/athlitikospalmos_el_naftikos-akritas": "body: a basketball report's quarter scores line kept",
    "heldout_text_copied136/gravelandgrease_en_creaking-bottom-bracket": "publisher: a blog's name with an ampersand not found",
    "heldout_text_copied136/kaigannippo_ja_kome-kakaku": "publisher: the site's English name for its Japanese one",
    "heldout_text_copied136/kestrelradio_en_storm-maren-floods": "author: a radio page's reporter over the newsroom's name missed; description: the player's 'Listen:' title taken for the dek",
    "heldout_text_copied136/northgatecourier_en_sanctions-live": "date: a live page's last update taken for its date",
}
# HTML 119 (heldout_html119), stop 60's third wave, sealed: first run on 6c39b28c: 0.995 / 1.00 / 0.94. What still
# differs:
HTML_119_SEALED = {
    "heldout_html119/kiyiradyo_tr_istanbul-okullari-deprem-hazirligi": "author: a podcast page's 'Hazırlayan ve Sunan:' host, outside the story's element, missed; description (the meta one, no dek shown)",
    "heldout_html119/marsadalhaqiqa_ar_wathiqat-ittifaq-salam-muzawwara": "description: the meta one kept; body: a fact-check's verdict box line dropped, a block quote as '>'",
    "heldout_html119/theslowwheel_en_rusty-roadster-restoration": "body (kinds differ): <h3> as '###', a block quote as '>'",
}
# Text 149 (heldout_text_copied137), stop 61's first wave, sealed: first run on b1ae8bca: 0.987 / 0.92 / 0.97 (two
# French columns' pull quotes in other words, an explainer's section lost under a fact box; mended). What still differs:
BATCH_149_SEALED = {
    "heldout_text_copied137/abendbote_de_sanktionen-liveblog": "body (1 extra, 0 lost): a photo caption kept",
    "heldout_text_copied137/corrierelaguna_it_volley-semifinale": "title: the kicker line over the headline; description: the headline",
    "heldout_text_copied137/minatohoso_ja_anzen-hosho": "publisher: 'NEWS' after the broadcaster's name",
    "heldout_text_copied137/northgateledger_en_sanctions-explainer": "body (1 lines read as another kind of block): subheadings, list items or quotes read as another kind (label differences)",
    "heldout_text_copied137/slowallotment_en_no-dig-slugs": "body (1 extra, 0 lost): a photo caption kept",
    "heldout_text_copied137/tallbridgeuni_en_lead-sensor": "body (1 lines read as another kind of block): subheadings, list items or quotes read as another kind (label differences)",
}
# HTML 120 (heldout_html120), stop 61's first wave, sealed: first run on b1ae8bca: 0.983 / 0.92 / 1.00 (a betting ad in
# a 'publi' box, a note to editors set off by a comma; mended). What still differs:
HTML_120_SEALED = {
    "heldout_html120/kyivskyi-ohliadach_uk_harantii-bezpeky": "body (1 lines read as another kind of block): subheadings, list items or quotes read as another kind (label differences)",
    "heldout_html120/observateur-rhodanien_fr_garanties-securite-tribune": "body (1 extra, 0 lost): the column's author bio under it kept",
    "heldout_html120/slow-ferment_en_sourdough-starter-revival": "body (1 lines read as another kind of block): subheadings, list items or quotes read as another kind (label differences)",
}
# Text 150 (heldout_text_copied138), stop 61's second wave, sealed: first run on b1ae8bca: 0.989 / 1.00 / 0.92 (a match
# sheet's line-up closing on its unused substitutes, a Korean broadcaster's circled copyright sign; mended). What still
# differs:
BATCH_150_SEALED = {
    "heldout_text_copied138/allotmentledger_en_saving-tomato-seed": "body (5 lines read as another kind of block): subheadings, list items or quotes read as another kind (label differences)",
    "heldout_text_copied138/hbn_ko_busan-metro-line5": "body (1 extra, 0 lost): the reporter's bio line kept",
    "heldout_text_copied138/plainfact_en_eu-fertiliser-sanctions-claim": "body (1 extra, 0 lost); publisher not found; the claim box's summary kept",
}
# HTML 121 (heldout_html121), stop 61's second wave, sealed: first run on c67892c6: 0.987 / 1.00 / 1.00 (a fact-check's
# sentence naming a Telegram channel dropped as a prompt; mended). What still differs:
HTML_121_SEALED = {
    "heldout_html121/dniprovisnyk_uk_interviu-harantii-bezpeky": "body (2 extra, 0 lost): an interviewee's 'Довідка' bio box kept",
    "heldout_html121/meridianwire_en_geneva-talks-prisoner-exchange": "body (1 extra, 0 lost); description: the meta one; a subheading kept",
    "heldout_html121/northmoorcouncil_en_free-bus-travel-under-22s": "body (1 lines read as another kind of block): subheadings, list items or quotes read as another kind (label differences)",
    "heldout_html121/przegladbaltycki_pl_sankcje-wyjasniamy": "body (3 extra, 0 lost): a key-points list kept",
    "heldout_html121/rheinkurier_de_liveblog-sanktionspaket": "body (4 extra, 0 lost), 1 read as another kind: 'Das Wichtigste in Kürze' points kept",
    "heldout_html121/veritydesk_en_factcheck-fertiliser-sanctions": "description: the meta one, no dek shown; body (3 lines read as another kind of block): subheadings, list items or quotes read as another kind (label differences)",
}
# Text 151 (heldout_text_copied139), stop 61's third wave, sealed: first run on 68be740c: 0.982 / 1.00 / 1.00 (a fact
# box of labelled facts running over the next section, a Ukrainian and a Polish prompt; mended). What still differs:
BATCH_151_SEALED = {
    "heldout_text_copied139/gazettedelest_fr_entretien-garanties-securite": "body (4 extra, 0 lost), 2 read as another kind: the interviewee's dates box kept",
    "heldout_text_copied139/northlinereview_en_oil-price-cap-explained": "body (3 lines read as another kind of block): subheadings, list items or quotes read as another kind (label differences)",
    "heldout_text_copied139/thebackplot_en_rain-barrel-overflow-fix": "body (1 extra, 0 lost), 4 read as another kind: a photo caption kept",
}
# HTML 122 (heldout_html122), stop 61's third wave, sealed: first run on 68be740c: 0.995 / 1.00 / 1.00 (a public radio's
# pitch, a Pinterest prompt; mended). What still differs:
HTML_122_SEALED = {
    "heldout_html122/thenorthernflank_en_interview-security-guarantees": "body (1 lines read as another kind of block): subheadings, list items or quotes read as another kind (label differences)",
}
# Text 152 (heldout_text_copied140), stop 61's fourth wave, sealed: first run on f8083d30: 0.998 / 1.00 / 1.00. What
# still differs:
BATCH_152_SEALED = {
    "heldout_text_copied140/allotmenttalk_en_slugs-brassicas-thread": "body (1 extra, 0 lost): a forum member's signature kept",
    "heldout_text_copied140/northfieldims_en_press-release-seagrass-survey": "body (3 lines read as another kind of block): subheadings, list items or quotes read as another kind (label differences)",
    "heldout_text_copied140/pulsgospodarczy_pl_sankcje-wyjasniamy": "body (4 lines read as another kind of block): subheadings, list items or quotes read as another kind (label differences)",
}
# HTML 123 (heldout_html123), stop 61's fourth wave, sealed: first run on f8083d30: 0.972 / 0.92 / 1.00 (an explainer's
# question headings dropped as repeats of its contents box, its update note; mended). What still differs:
HTML_123_SEALED = {
    "heldout_html123/baltic-ledger_en_russia-sanctions-explainer": "body (1 extra, 0 lost): a table's source line kept",
    "heldout_html123/dniprovska-hvylia_uk_istanbul-talks-live": "body (8 extra, 7 lost): live entries' times in their headings dropped (the label keeps them); the closing line kept",
    "heldout_html123/handelsblick_de_schattenflotte-interview": "body (2 extra, 0 lost), 1 read as another kind: the interviewee's 'Zur Person' box kept",
    "heldout_html123/hokuto-shimbun_ja_hakodate-bus-routes": "title: its second part after an ideographic space kept; description: the meta one",
    "heldout_html123/kurier-nadwislanski_pl_fact-check-40-tys-zolnierzy": "body (1 extra, 0 lost), 1 read as another kind: the fact-checker's method note kept",
    "heldout_html123/office-for-flood-resilience_en_ouse-valley-scheme-press-release": "body (2 lines read as another kind of block): subheadings, list items or quotes read as another kind (label differences)",
    "heldout_html123/teletrelaghi_it_sciopero-traghetti-garda-video": "body (2 extra, 0 lost); description: the meta one; a service box's section kept",
}
# Text 153 (heldout_text_copied141), stop 61's fifth wave (for measurement only), sealed: first run on a849c5ab: 0.987 /
# 0.92 / 0.97 (a Japanese press release's company name over it taken for its headline). What still differs:
BATCH_153_SEALED = {
    "heldout_text_copied141/crumbandcrust_en_sourdough-winter-fixes": "body (4 lines read as another kind of block): list items or subheadings read as another kind (label differences)",
    "heldout_text_copied141/estuaryradio_en_fog-bell-restored": "body (1 extra, 0 lost): 'Hear the bell ring in the audio above.' kept",
    "heldout_text_copied141/faktlinza_uk_fakt-neitralnyi-status-zheneva": "body (1 lines read as another kind of block): a quote read as another kind (label differences)",
    "heldout_text_copied141/kuriernadwislanski_pl_wywiad-gwarancje-bezpieczenstwa": "body (1 extra, 0 lost), 1 read as another kind: the interviewee's bio line kept",
    "heldout_text_copied141/meridianledger_en_russia-sanctions-explained": "body (1 extra, 0 lost): a table's caption kept as a subheading",
    "heldout_text_copied141/minatobio_ja_kaiso-film-press-release": "title: the company's name over the release taken for its headline; publisher: its English name; description: a category label; body (2 extra, 0 lost): the release's trademark and validity notes kept",
    "heldout_text_copied141/rheinkurier_de_liveblog-sicherheitsgarantien": "body (1 extra, 0 lost): a photo caption kept",
}
# HTML 124 (heldout_html124), stop 61's fifth wave (for measurement only), sealed: first run on a849c5ab: 0.989 / 1.00 /
# 1.00 (a live blog's times, a pull quote as a subheading). What still differs:
HTML_124_SEALED = {
    "heldout_html124/dniprovskyivisnyk_uk_interviu-savchuk-harantii-bezpeky": "body (1 extra, 0 lost): a pull quote kept as a subheading",
    "heldout_html124/rheinpost_de_liveblog-eu-sanktionspaket-russland": "body (9 extra, 8 lost): live entries' times in their headings dropped (the label keeps them); 'Dieser Liveblog wird laufend aktualisiert.' kept",
    "heldout_html124/weryfikator_pl_fact-check-sankcje-banki-rosja": "body (3 extra, 0 lost), 3 read as another kind: the rating's label and a donation box's heading kept",
}
# Text 154 (heldout_text_copied142), stop 62's first wave, sealed: first run on main 4521c1a9: 0.962 / 0.92 / 0.94 (a
# live page's first entries above its first long paragraph, a blog post's title over its entry footer, a Japanese
# caption). Every page that still differs from its label, with what differs:
BATCH_154_SEALED = {
    "heldout_text_copied142/elfaroatlantico_es_opinion-garantias-ucrania": "body (1 extra, 0 lost): an illustration's credit kept as a subheading",
    "heldout_text_copied142/faktkontrol_uk_garantii-stattia-5-perevirka": "body (2 extra, 0 lost): a fact-check's verdict card kept",
    "heldout_text_copied142/gazetanadwislanska_pl_wywiad-kalinowski-rozejm": "body (1 extra, 0 lost), 1 read as another kind: the interviewee's bio box kept; a question read as a paragraph",
    "heldout_text_copied142/northgatecourier_en_eu-shadow-fleet-sanctions-live": "date: the date under the headline kept over 'First published on …' (labels disagree)",
    "heldout_text_copied142/quietorbit_en_winter-sky-patch": "body (4 lines read as another kind of block): a numbered list read as bullets (label differences)",
}
# HTML 125 (heldout_html125), stop 62's first wave, sealed: first run on main 4521c1a9: 0.981 / 1.00 / 1.00 (a last
# section past an <aside>, a list announced past a newsletter box, a quoted <h3>). Every page that still differs from
# its label, with what differs:
HTML_125_SEALED = {
    "heldout_html125/dniprovisnyk_uk_intervyu-harantii-bezpeky": "body (1 lines read as another kind of block): an interviewer's question read as a paragraph (label differences)",
    "heldout_html125/tagesblick_de_sanktionspaket-liveticker": "body (11 extra, 8 lost): live entries' times kept out of their headings (the label keeps them) and the summary box kept",
}
# Text 155 (heldout_text_copied143), stop 62's second wave, sealed: first run on 12f90550: 0.962 / 0.92 / 0.94 (a
# Japanese release's issuer taken for its headline, a French op-ed's comments, a byline over the ground). Every page
# that still differs from its label, with what differs:
BATCH_155_SEALED = {
    "heldout_text_copied143/baysidekotsu_ja_suiso-suijo-bus": "publisher; body (0 extra, 6 lost): the publisher's English name; a release's labelled facts ('運航開始日：…') dropped as a fact box",
    "heldout_text_copied143/echoduleman_fr_garanties-securite-tribune": "body (0 extra, 1 lost): a sentence-case subheading of nine words dropped",
    "heldout_text_copied143/faktlupa_pl_nato-100-tys-falsz": "body (0 extra, 1 lost): a question subheading dropped",
    "heldout_text_copied143/touchline_en_kingsmoor-millbrook-report": "body (1 extra, 0 lost): a key-moments line kept as a subheading",
    "heldout_text_copied143/windowsillandplot_en_tomato-seed-saving": "body (5 lines read as another kind of block): a numbered list read as bullets (label differences)",
}
# HTML 126 (heldout_html126), stop 62's second wave, sealed: first run on 6156f06e: 0.996 / 1.00 / 1.00. Every page that
# still differs from its label, with what differs:
HTML_126_SEALED = {
    "heldout_html126/abendpost_de_liveblog-friedensgespraeche-genf": "body (5 extra, 1 lost), 5 read as another kind: the summary box kept, live entries' times and heading levels (label differences)",
    "heldout_html126/meridianwire_en_eu-shadow-fleet-sanctions": "description; body (1 extra, 0 lost): the meta description kept where the page shows no dek; a related box's heading kept",
    "heldout_html126/observateurrhone_fr_tribune-garanties-securite-ukraine": "body (1 lines read as another kind of block): a blockquote read as '>' (label differences)",
    "heldout_html126/tohoshimpo_ja_factcheck-wakei-kosho-uchikiri": "description; body (1 lines read as another kind of block): the meta description kept where the page shows no dek, a heading's level (label differences)",
}
# Text 156 (heldout_text_copied144), stop 62's third wave, sealed: first run on 43ab993a: 0.994 / 1.00 / 0.94 (a byline
# over its town over the date, the lead photo's caption over its photographer). Every page that still differs from its
# label, with what differs:
BATCH_156_SEALED = {
    "heldout_text_copied144/ledgerpoint_en_sanctions-package-explained": "body (5 lines read as another kind of block): a numbered list read as bullets (label differences)",
    "heldout_text_copied144/rheinkurier_de_sanktionen-liveblog": "publisher; body (1 lines read as another kind of block): the publisher's company name; a list item read as a paragraph",
    "heldout_text_copied144/slowspoke_en_railway-path-november-ride": "body (2 extra, 0 lost): two photo captions in a blog post kept",
}
# HTML 127 (heldout_html127), stop 62's third wave, sealed: first run on 43ab993a: 0.974 / 1.00 / 1.00 (a paywall's
# faded last paragraph, a German newsletter's pitch). Every page that still differs from its label, with what differs:
HTML_127_SEALED = {
    "heldout_html127/factline_en_kestlebridge-wood-stove-ban-claim": "body (1 lines read as another kind of block): a blockquote read as '>' (label differences)",
    "heldout_html127/kuriernadwislanski_pl_sankcje-wobec-rosji-wyjasniamy": "body (3 extra, 0 lost): the summary box's points kept",
    "heldout_html127/officeforfloodresilience_en_press-release-community-flood-defences": "body (0 extra, 4 lost): the release's notes to editors dropped (the label keeps them; other labels drop them)",
}
# Text 157 (heldout_text_copied145), stop 62's fourth wave, sealed: first run on ccca6771: 0.986 / 1.00 / 1.00. Every
# page that still differs from its label, with what differs:
BATCH_157_SEALED = {
    "heldout_text_copied145/farodelsur_es_ola-de-calor-avisos": "body (0 extra, 1 lost), 1 read as another kind: two question subheadings, one dropped and one read as a paragraph",
    "heldout_text_copied145/nadwislanska_pl_wywiad-sankcje": "body (1 lines read as another kind of block): an interviewer's question read as a paragraph (label differences)",
    "heldout_text_copied145/slowmiles_en_winter-cycling-gloves": "body (5 extra, 5 lost): a photo caption kept, a numbered list read as bullets, a subheading dropped",
    "heldout_text_copied145/veritydesk_en_eu-sanctions-lift-claim": "body (1 extra, 0 lost): a fact-check's verdict summary kept",
    "heldout_text_copied145/visnykdnipra_uk_geneva-talks-live": "body (3 extra, 0 lost): a live page's summary points kept",
}
# HTML 128 (heldout_html128), stop 62's fourth wave, sealed: first run on ccca6771: 0.989 / 1.00 / 1.00. Every page that
# still differs from its label, with what differs:
HTML_128_SEALED = {
    "heldout_html128/coastlineradio_en_the-last-cannery-episode": "description; body (1 extra, 0 lost), 1 read as another kind: the meta description taken for the dek over the one the page shows, which is kept in the body; <h3> read as '###'",
    "heldout_html128/theslowloaf_en_sourdough-stopped-spreading": "body (4 lines read as another kind of block): <h3> read as '###', a blockquote as '>' (label differences)",
}
# Text 158 (heldout_text_copied146), stop 62's fifth wave, for measurement only, sealed: first run on the stop's final
# code ccd4d208: 0.988 / 1.00 / 0.94. Every page that still differs from its label, with what differs:
BATCH_158_SEALED = {
    "heldout_text_copied146/coastlinesport_en_kestrel-bay-ashworth-report": "description: the score line under the headline taken for the dek",
    "heldout_text_copied146/elbkurier_de_sicherheitsgarantien-kommentar": "body (0 extra, 1 lost): a subheading dropped",
    "heldout_text_copied146/kustekologiska_sv_algras-studie": "author; description; body (4 extra, 0 lost): a press release's contact and download lines kept, the dek kept in the body, the contact's name taken for the byline",
    "heldout_text_copied146/northgatewire_en_istanbul-prisoner-talks": "publisher: a section's newsletter name taken for the publisher",
    "heldout_text_copied146/theslowlane_en_danube-broken-derailleur": "body (1 extra, 0 lost): a blog post's photo caption kept",
}
# HTML 129 (heldout_html129), stop 62's fifth wave, for measurement only, sealed: first run on the stop's final code
# ccd4d208: 0.989 / 1.00 / 1.00. Every page that still differs from its label, with what differs:
HTML_129_SEALED = {
    "heldout_html129/ilpedaledaluca_it_langhe-in-bici-tre-giorni": "description; body (1 extra, 0 lost), 4 read as another kind: the meta description kept where the page shows no dek, <h3> read as '###', a blog's share plea kept",
    "heldout_html129/rheinischeabendpost_de_sanktionen-newsblog": "body (7 extra, 8 lost): live entries' times kept out of their headings (the label keeps them)",
    "heldout_html129/vechirniidnipro_uk_interviu-marchuk-perehovory": "body (1 lines read as another kind of block): an interviewer's question read as a paragraph (label differences)",
    "heldout_html129/weryfikator_pl_nato-wojska-ukraina-fakecheck": "body (1 extra, 0 lost), 1 read as another kind: a blockquote read as '>', the fact-checker's 'Jak pracujemy?' method note kept",
}
# Batch 159 (stop 63's first wave), sealed: text pages, twelve sites
BATCH_159_SEALED = {
    "heldout_text_copied147/courrierestuaire_fr_sanctions-cinq-questions": "description; body (3 extra, 1 lost): the dek kept as a paragraph; a question heading read as a paragraph; a newsletter 'S'inscrire' kept",
    "heldout_text_copied147/diariocostanorte_es_vega-alta-remontada": "body (7 extra, 0 lost): the match sheet ('Ficha técnica', line-ups, goals, referee) kept, and a quoted subheading",
    "heldout_text_copied147/dispensanonnaada_it_ragu-bianco": "body (2 extra, 2 lost), 5 read as another kind: a photo caption kept; the recipe's lists read as paragraphs",
    "heldout_text_copied147/emeraldbaybiz_en_condo-glut-paywall": "description; body (2 extra, 0 lost): the dek and the lead photo's caption kept as paragraphs ('Name | Outlet' credit read as a link)",
    "heldout_text_copied147/northgateherald_en_geneva-talks-live": "date: the last update's date taken",
    "heldout_text_copied147/prairiesignal_en_sorghum-aquifer": "author; body (1 extra, 0 lost): no byline found; a photo caption kept",
    "heldout_text_copied147/rzetelnik_pl_tajny-aneks-zolnierze": "body (5 extra, 1 lost): the rating scale box kept; a subheading lost",
}
# HTML batch 130 (stop 63's first wave), sealed: twelve saved pages
HTML_130_SEALED = {
    "heldout_html130/alderwickcourier_en_eastgate-library-closure": "description; body (1 extra, 0 lost), 1 read as another kind: the meta description taken where the page shows no dek; the blockquote kept as a quote block; the Local Democracy credit line kept",
    "heldout_html130/rheinblick_de_liveblog-eu-sanktionen-schattenflotte": "body (1 extra, 0 lost), 1 read as another kind: a blockquote as a quote block; the link to the day before kept",
    "heldout_html130/rtvdijkland_nl_zeedijk-wierum-inspraak-video": "description; body (1 extra, 0 lost): the meta description taken where the intro differs; the intro kept as the story's first paragraph",
}
# Batch 160 (stop 63's second wave), sealed: text pages, twelve sites
BATCH_160_SEALED = {
    "heldout_text_copied148/factline_en_security-pact-troops-claim": "body (1 extra, 0 lost): one line of furniture kept",
    "heldout_text_copied148/harbourledger_en_ukraine-peace-talks-live": "body (1 extra, 0 lost), 1 read as another kind: one line kept, one read as another kind",
    "heldout_text_copied148/hedgerowandhive_en_autumn-feeding": "body (2 extra, 0 lost): two lines of furniture kept",
}
# HTML batch 131 (stop 63's second wave), sealed: twelve saved pages
HTML_131_SEALED = {
    "heldout_html131/airevalleychronicle_en_rodley-footbridge-reopen-july": "body (1 extra, 0 lost), 2 read as another kind: <h3> subheadings as ###; the Local Democracy Reporting Service note kept",
    "heldout_html131/dniprovisnyk_uk_interviu-harantii-bezpeky": "body (1 lines read as another kind of block): one question kept as a paragraph (the label makes questions ## headings)",
    "heldout_html131/gazetanadwislanska_pl_sankcje-wobec-rosji-wyjasniamy": "body (4 extra, 0 lost), 1 read as another kind: the 'W skrócie' summary box kept (the label drops it); a blockquote as a quote block",
    "heldout_html131/rheinischermorgen_de_liveticker-friedensgespraeche-genf": "body (8 extra, 9 lost): entry times in a meta box with the writer's name, apart from the headline, left out of the headings (most labels of such boxes leave them out: 77 to 19); one entry's headline lost; a blockquote as a quote block",
    "heldout_html131/severnfloodpartnership_en_flood-defence-scheme-approved": "body (2 lines read as another kind of block): two blockquotes as quote blocks",
    "heldout_html131/shiokazesports_ja_mikawa-united-gyakuten-shui": "description; body (0 extra, 1 lost): the lead taken as the dek (it is the meta description too) and so left out of the story",
    "heldout_html131/veritydesk_en_fact-check-no-ceasefire-istanbul": "description; body (0 extra, 1 lost): the claim box's line taken as the dek; the quoted viral post dropped",
}
# Batch 161 (stop 63's third wave, for measurement), sealed: text pages, twelve sites
BATCH_161_SEALED = {
    "heldout_text_copied149/crumbdiaries_en_rye-starter-winter": "body (1 extra, 0 lost), 5 read as another kind: a recipe's steps read as paragraphs, a line of furniture kept",
    "heldout_text_copied149/verificasur_es_garantias-soldados-falso": "body (2 extra, 0 lost): two lines of the fact-check's verdict box kept",
}
# HTML batch 132 (stop 63's third wave, for measurement), sealed: twelve saved pages
HTML_132_SEALED = {
    "heldout_html132/leveilleurrhenan_fr_garanties-securite-entretien": "body (1 lines read as another kind of block): a blockquote as a quote block",
    "heldout_html132/rzetelnik_pl_tajny-protokol-fakecheck": "body (1 extra, 0 lost), 1 read as another kind: one line of the verdict box kept, one read as another kind",
}
# Blind text batch 162 (stop 64's first wave), sealed; first run on main 3f32f4e0: 0.972 1.00 0.94. After the stop's
# rules (a list under a label of seven or eight words; unlimited access to a site in more languages): 0.985. Left:
BATCH_162_SEALED = {
    "heldout_text_copied150/coastlineradio_en_tamar-ferryman": "author differ; body (0 extra, 1 lost): the programme's presenter read as the author where the label names the producer; the closing 'Listen to the full programme…' line dropped as a player's prompt",
    "heldout_text_copied150/faktomat_pl_zolnierze-ukraina-fact-check": "body (4 extra, 3 lost): the verdict box's heading and verdict kept, the sources list under 'Źródła:' read as paragraphs, its last item dropped with the footer",
    "heldout_text_copied150/fernsidenotes_en_cotswold-way-winter": "body (1 extra, 0 lost): a photo caption kept",
    "heldout_text_copied150/surugasports_ja_koshien-kessho-sayonara": "publisher differ: the masthead's long form ('駿河スポーツ新聞') where the label has the short one",
    "heldout_text_copied150/universidadebro_es_sensor-fugas-agua": "body (0 extra, 0 lost), 3 read as another kind: three steps copied with no numbers, which the label numbers",
}
# Blind HTML batch 133 (stop 64's first wave), sealed; first run on main 3f32f4e0: 0.996 0.92 1.00 (a Joomla page's
# headline, an h2 under breadcrumbs, cut to its og:title). After the stop's rules: 0.999 1.00 1.00. Left:
HTML_133_SEALED = {
    "heldout_html133/faktometr_uk_fejk-uhoda-30-tysiach-viiskovykh": "description differ: the meta description taken as the dek where the page shows none",
    "heldout_html133/harbourmoor_en_saltwick-flood-defence-scheme": "body (0 extra, 0 lost), 2 read as another kind: block quotations kept as quotes ('> ')",
    "heldout_html133/kuriernadwislanski_pl_wywiad-sankcje-wroblewska": "body (0 extra, 0 lost), 1 read as another kind: an interview's short question set as a paragraph where the label has a heading",
    "heldout_html133/rheinweserkurier_de_liveblog-istanbul-gespraeche": "body (0 extra, 1 lost): a live entry's time and headline in a box of their own, after the entry's text, dropped",
    "heldout_html133/spokesandsolder_en_hartley-restoration-wheels": "description differ; body (0 extra, 0 lost), 5 read as another kind: h3 subheadings as '###' (the label writes '##'), a block quote as a quote, the meta description taken as the dek",
}
# Blind text batch 163 (stop 64's second wave), sealed; first run on ebb2e566 (the first wave's rules): 0.986 1.00 1.00.
# Left:
BATCH_163_SEALED = {
    "heldout_text_copied151/gazetanadodrzanska_pl_most-pomorski-zamkniety": "body (0 extra, 0 lost), 1 read as another kind: a subheading read as a list item",
    "heldout_text_copied151/lupaaustral_es_video-firma-paz-estambul": "body (3 extra, 0 lost): the fact-check's claim card (claim and rating) and a screenshot's caption kept",
    "heldout_text_copied151/radioatlantica_en_reassurance-force-ukraine": "body (2 extra, 0 lost): the programme's chapter list (times and titles) kept",
    "heldout_text_copied151/twowheelsintherain_en_winter-commuting-year": "body (5 extra, 4 lost): a numbered list copied without its numbers read as paragraphs; a photo caption kept",
    "heldout_text_copied151/veilleuralpin_fr_entretien-glaciologue": "body (5 extra, 0 lost): a photo caption and a CV box (years and milestones) kept",
}
# Blind HTML batch 134 (stop 64's second wave), sealed; first run on ebb2e566 (the first wave's rules): 0.987 1.00 1.00.
# Left:
HTML_134_SEALED = {
    "heldout_html134/ansh-gouv_fr_communique-plan-urgence-secheresse": "description differ; body (3 extra, 0 lost), 1 read as another kind: the standfirst read as the first paragraph, a map's call to action kept, a block quote as a quote",
    "heldout_html134/dniprovskyi-ohliadach_uk_interviu-harantii-bezpeky": "body (0 extra, 0 lost), 1 read as another kind: an interview's question read as a paragraph",
    "heldout_html134/notes-from-a-small-allotment_en_broad-beans-failed": "description differ; body (1 extra, 0 lost), 2 read as another kind: h3 subheadings as '###', the meta description taken as the dek, a photo caption kept",
    "heldout_html134/vltavsky-tydenik_cs_komentar-mir-bez-ukrajincu": "description differ; body (1 extra, 0 lost), 1 read as another kind: the meta description taken as the dek, an h3 as '###', the author's note at the end kept",
}
# Blind text batch 164 (stop 64's third wave, for measurement), sealed; first run on the stop's final rules (f030dd0f):
# 0.988 1.00 1.00. Left:
BATCH_164_SEALED = {
    "heldout_text_copied152/abendbote_de_sicherheitsgarantien-kommentar": "body (0 extra, 1 lost): a comment's closing subheading dropped",
    "heldout_text_copied152/echodesdeuxrives_fr_sanctions-russie-cinq-points": "body (5 extra, 3 lost): an explainer's numbered subheadings ('1. …', '2. …') read as a numbered list",
    "heldout_text_copied152/kettlecompass_en_danube-in-february": "body (1 extra, 1 lost): a packing list's label dropped, a photo caption kept",
    "heldout_text_copied152/lakeshore_en_security-guarantees-explained": "description differ; body (1 extra, 0 lost): the dek not found, a 'for Lakeshore Public Radio' credit line read as a subheading",
    "heldout_text_copied152/nadwislanska_pl_wywiad-zawadzka-sankcje": "body (2 extra, 0 lost), 2 read as another kind: an interview's questions read as paragraphs, the interviewee's bio box under 'O rozmówczyni' kept",
}
# Blind HTML batch 135 (stop 64's third wave, for measurement), sealed; first run on the stop's final rules (f030dd0f):
# 0.988 1.00 1.00. Left:
HTML_135_SEALED = {
    "heldout_html135/kestrelbay_en_harbour-road-flood-defences": "body (0 extra, 0 lost), 1 read as another kind: a block quotation kept as a quote ('> ')",
    "heldout_html135/rheinischerkurier_de_liveblog-sanktionspaket": "body (12 extra, 7 lost): the newsblog's 'Das Wichtigste in Kürze' box kept, its entries' times, in a box of their own, left out of their headings",
}
# Text batch 165 (stop 65, sealed): written by a helper that read none of the project; first run on main 5cfc2ecc, then
# the stop's rules (a live page's 'Ведуть:' byline, the next of a series of subheadings ending a list).
BATCH_165_SEALED = {
    "heldout_text_copied153/faktoko_pl_ukraina-rozejm-factcheck": "body (1 extra, 0 lost): the fact-check's card line under the claim (where and when it was posted) kept",
}
# HTML batch 136 (stop 65, sealed): written by a helper that read none of the project; first run on main 5cfc2ecc, then
# the stop's rules (a headline's own 'Explained:' kept).
HTML_136_SEALED = {
    "heldout_html136/gazzettaadriatica_it_piano-dodici-punti-trattative": "description differ: the meta description taken where the label wants the visible dek",
    "heldout_html136/kuusijarvi_fi_koulukeskus-tiedote": "body (0 extra, 0 lost), 1 read as another kind: a quotation set apart as a block quote written as '>'",
}
# Text batch 166 (stop 65, sealed): written by a helper that read none of the project; first run on main 5cfc2ecc, then
# the stop's rules (a caption under the share row's last button, 'made possible by listeners like you', '<Series>: more
# from this series', a teaser's badge set again ending the related list, a table's label).
BATCH_166_SEALED = {
    "heldout_text_copied154/pedalandpannier_en_danube-folding-bike": "body (1 extra, 0 lost), 3 read as another kind: a blog photo's caption with no credit kept; a numbered list whose numbers the copy lost (the label numbers it)",
}
# HTML batch 137 (stop 65, sealed): written by a helper that read none of the project; first run on main 5cfc2ecc, then
# the stop's rules (a fact-check's ruling kept, the date shown as published over a page history's update, a live entry's
# time and headline together, 'Stories like this are made possible by listeners').
HTML_137_SEALED = {
    "heldout_html137/harboursidecouncil_en_eastquay-flood-barrier-funding": "body (0 extra, 0 lost), 1 read as another kind: a quotation set apart as a block quote written as '>'",
}
# Text batch 167 (stop 65, sealed, for measurement): written by a helper that read none of the project; first run on the
# stop's rules 0.983 / 1.00 / 1.00 (the same on main 5cfc2ecc), then one rule (a quotation with whose words it is no
# teaser's summary).
BATCH_167_SEALED = {
    "heldout_text_copied155/lavigie_fr_tribune-garanties-securite-ukraine": "body (2 extra, 0 lost): a reader's comment (its author's name and words) kept",
    "heldout_text_copied155/porthmos_el_kyroseis-rosia-efoplistes": "body (2 extra, 0 lost): a Greek paywall's label and offer of unlimited access to all articles kept",
    "heldout_text_copied155/slowallotment_en_year-of-no-dig-beds": "body (1 extra, 0 lost): a blog photo's caption with no credit kept",
}
# HTML batch 138 (stop 65, sealed, for measurement): written by a helper that read none of the project; first run on the
# stop's rules 0.999 / 1.00 / 1.00 (main 5cfc2ecc: 0.993 / 1.00 / 1.00).
HTML_138_SEALED = {
    "heldout_html138/harrowmeredc_en_press-release-eastbrook-flood-scheme": "body (0 extra, 0 lost), 2 read as another kind: quotations set apart as block quotes written as '>'",
    "heldout_html138/rheinischeabendpost_de_liveblog-eu-sanktionen-schattenflotte": "body (1 extra, 0 lost), 1 read as another kind: the live page's note on sources kept; a block quote written as '>'",
    "heldout_html138/vezhamedia_uk_interviu-garantii-bezpeky": "body (0 extra, 0 lost), 1 read as another kind: a quotation set apart as a block quote written as '>'",
}
# Text batch 168 (stop 66, wave 1; sealed): first run on main 9aa3005a 0.977 / 1.00 / 0.97 (a French tribune's readers'
# comments under 'Réagissez ou consultez l'ensemble des contributions' kept, 'More episodes of The Morning Report' and
# 'Posted in Growing Diary, No-dig' taken for subheadings, an appeal to get in touch kept, '聞き手・森川沙織' no byline); after
# the stop's rules 0.988 / 1.00 / 1.00. Left:
BATCH_168_SEALED = {
    "heldout_text_copied156/checkpointproject_en_odesa_draft_factcheck": "body (1 extra, 0 lost): the fact-check's methodology line kept (the label leaves it out)",
    "heldout_text_copied156/hokurikumirai_ja_toji_interview": "body (1 extra, 0 lost): the interviewee's profile at the foot kept (a bio box the label leaves out)",
    "heldout_text_copied156/lavigie_fr_tribune_garanties_securite": "body (1 extra, 0 lost): the writer's bio or the paper's disclaimer at the foot kept",
    "heldout_text_copied156/northgateledger_en_oil_price_cap_explainer": "body (0 extra, 0 lost), 3 read as another kind: list marks the text never had (the label numbers what the page showed)",
    "heldout_text_copied156/rheinpost_de_liveblog_genf_gespraeche": "body (1 extra, 0 lost): a photo's caption with no credit kept",
}
# Text batch 169 (stop 66, wave 2; sealed): first run on the stop's first-wave rules 0.990 / 1.00 / 1.00 (main 9aa3005a
# the same). Left:
BATCH_169_SEALED = {
    "heldout_text_copied157/hanbit_ko_seoul-tropical-night": "description differ; body (0 extra, 1 lost): the first paragraph taken for the standfirst (the label keeps it as story)",
    "heldout_text_copied157/hokutoshinpo_ja_sanctions-explainer": "body (0 extra, 0 lost), 3 read as another kind: list marks the text never had",
    "heldout_text_copied157/kesslerinstitute_en_kelp-recovery-survey": "body (0 extra, 0 lost), 4 read as another kind: list marks the text never had",
    "heldout_text_copied157/ledgercheck_en_istanbul-treaty-video": "body (1 extra, 0 lost): the fact-check's summary kept (the label leaves it out)",
}
# Text batch 170 (stop 66, wave 3, for measurement; sealed): first run on the stop's rules after the first review 0.962
# / 1.00 / 0.94 (main 9aa3005a the same: a university story's 'Key findings' and its three findings dropped, a match
# report's facts under its result kept as its first paragraphs); after the rules made from it 0.977 / 1.00 / 0.94. Left:
BATCH_170_SEALED = {
    "heldout_text_copied158/lavigie_fr_garanties-securite-tribune": "body (2 extra, 0 lost): the writer's bio or the paper's disclaimer at the foot kept",
    "heldout_text_copied158/muddybootsplot_en_tomatoes-split-heatwave": "body (1 extra, 0 lost), 4 read as another kind: a photo's caption with no credit kept; list marks the text never had",
    "heldout_text_copied158/rheinkurier_de_liveblog-sanktionspaket": "publisher differ; body (4 extra, 5 lost): the live page's summary box read as paragraphs, not a list; the publisher's company name",
    "heldout_text_copied158/sportowepomorze_pl_mewa-zefir-relacja": "body (5 extra, 0 lost): the league table under the report kept (the label leaves it out)",
    "heldout_text_copied158/totoshinpo_ja_tairo-seisai-kaisetsu": "publisher differ; body (3 extra, 1 lost): a table's label and source line read as list and heading; the publisher in English from the page's own line",
}
# HTML batch 139 (stop 66, wave 1; sealed): first run on main 9aa3005a 0.983 / 0.92 / 1.00 (a radio programme's name as
# the <h1> taken for the headline, two items of a Japanese recipe's list dropped as Latin script for their units); after
# the stop's rules 0.996 / 1.00 / 1.00. Left:
HTML_139_SEALED = {
    "heldout_html139/calciodiprovincia_it_valdarena-borgoleone-rimonta": "body (1 extra, 0 lost), 2 read as another kind: subheading levels; a photo's caption set as a heading",
    "heldout_html139/factuallens_en_scotland-supermarkets-cash-claim": "body (2 extra, 0 lost): the fact-check's summary box kept (the label leaves it out)",
    "heldout_html139/harwellvale_en_millbrook-flood-defence-scheme": "body (0 extra, 1 lost), 1 read as another kind: a block quote; the 'Find out more' heading dropped",
}
# HTML batch 140 (stop 66, wave 2; sealed): first run on the stop's first-wave rules 0.980 / 1.00 / 1.00 (main 9aa3005a
# the same: a fact-check's list in a garbled 'Footer_link' class dropped); after the stop's rules 0.986 / 1.00 / 1.00.
# Left:
HTML_140_SEALED = {
    "heldout_html140/calderbrookcouncil_en_press-release-millbeck-flood-scheme": "body (0 extra, 1 lost), 1 read as another kind: a block quote; 'Find out more' heading",
    "heldout_html140/dozorfaktiv_uk_fakt-chek-100-tysiach-viiskovykh-yes": "description differ; body (1 extra, 0 lost): the fact-check's verdict line taken for the dek (the label wants the intro)",
    "heldout_html140/ledgerreview_en_explainer-russia-sanctions-gaps": "body (4 extra, 1 lost), 3 read as another kind: a newsletter box's heading and pitch and a correction note kept; subheading levels",
    "heldout_html140/nordstadtrundschau_de_liveticker-ukraine-gespraeche-genf": "body (6 extra, 0 lost), 1 read as another kind: the live ticker's summary box and its auto-refresh toggle kept",
    "heldout_html140/northfieldpublicradio_en_bakery-night-baking-energy-bills": "description differ; body (1 extra, 0 lost): the player's blurb taken for the dek",
}
# HTML batch 141 (stop 66, wave 3, for measurement; sealed): first run on the stop's rules after the first review 0.988
# / 1.00 / 1.00 (main 9aa3005a the same). Left:
HTML_141_SEALED = {
    "heldout_html141/marcadordiario_es_serrania-puerto-alto-cronica": "body (10 extra, 0 lost): the match's 'Ficha técnica' box above the report kept (earlier labels of saved pages count such a box as story)",
}
# Blind text batch 171, stop 67's first wave (sealed; first run on main f702f12d: body F1 0.986, title 1.00, metadata
# 1.00). After the stop's rules (a fact-check's summary box above the story): 0.990. What differs now:
BATCH_171_SEALED = {
    "heldout_text_copied159/hanseatischerundschau_de_sicherheitsgarantien-kommentar": "body (1 extra, 0 lost): the print button 'Drucken' kept as a subheading (a one-word rule for it was withdrawn after review: printer reviews' subheadings)",
    "heldout_text_copied159/lalupadigital_es_bulo-sanciones-petroleo": "body (1 extra, 0 lost): the fact-check's methodology line at the foot kept",
    "heldout_text_copied159/lechodurhone_fr_sanctions-entretien-barrachina": "body (1 extra, 0 lost), 2 read as another kind: the interviewee's bio at the foot kept; the interview's questions as paragraphs (the label sets them as subheadings)",
    "heldout_text_copied159/lowtideallotment_en_giving-up-raised-beds": "body (1 extra, 0 lost): a photo's caption with no credit kept",
    "heldout_text_copied159/saeulbangsong_ko_jeju-gamgyul-suhwak": "body (1 extra, 0 lost): a broadcast's name caption under a quote kept as a subheading",
}
# Blind HTML batch 142, stop 67's first wave (sealed; first run on main f702f12d: body F1 0.987, title 1.00, metadata
# 0.97). The stop's rules changed none of it. What differs now:
HTML_142_SEALED = {
    "heldout_html142/crumbandkiln_en_rye-starter-winter-fixes-blog": "body (0 extra, 1 lost), 3 read as another kind: the closing line lost",
    "heldout_html142/kyivskyiohliad_uk_budapeshtskyi-urok-harantii": "description differ; body (1 extra, 0 lost): the column's disclaimer kept; the meta description where the page shows its own dek",
    "heldout_html142/meridianledger_en_air-defence-guarantee-plan-paywall": "date differ: the date a day on (UTC against the page's own day)",
    "heldout_html142/radiolaguna_it_pellestrina-campanile-san-vio-restauro": "body (1 extra, 0 lost): a podcast promo glued to its text kept",
    "heldout_html142/verilens_en_fact-check-eu-beekeeping-ban": "body (0 extra, 4 lost): a list of the story's taken for sign-up fine print ('registration is free')",
}
# Blind text batch 172, stop 67's second wave (sealed; first run on main f702f12d and on the first wave's rules alike:
# body F1 1.000, title 1.00, metadata 1.00). What differs now:
BATCH_172_SEALED = {
    "heldout_text_copied160/crookedtrowel_en_allotment-shed-restoration": "body (0 extra, 0 lost), 4 read as another kind: list marks the text never had (the label numbers what the page showed)",
}
# Blind HTML batch 143, stop 67's second wave (sealed; first run on main f702f12d and on the first wave's rules alike:
# body F1 0.997, title 1.00, metadata 1.00). What differs now:
HTML_143_SEALED = {
    "heldout_html143/abendpost_de_liveblog-sicherheitsgarantien-berlin": "body (0 extra, 0 lost), 1 read as another kind",
    "heldout_html143/verifyline_en_fact-check-article-5-ukraine-framework": "body (2 extra, 0 lost), 1 read as another kind: the fact-checker's request for tips at the foot kept",
}
# Blind text batch 173, stop 67's third wave (sealed; first run on main f702f12d: body F1 0.995, title 1.00, metadata
# 0.97; on the stop's rules then, 5d5bfd46, the same). After the stop's rules ('Zur Person' over a guest's bio after the
# interview): 0.998. What differs now:
BATCH_173_SEALED = {
    "heldout_text_copied161/corrierevalli_it_caseificio-valle": "description differ: the dek not told apart from the story's first lines",
    "heldout_text_copied161/eastvalegazette_en_mensah-winner": "body (1 extra, 0 lost): a pull quote kept as a subheading",
    "heldout_text_copied161/hansebote_de_sicherheitsgarantien-interview": "body (0 extra, 0 lost), 1 read as another kind: a sentence read as paragraph where the label has a subheading",
    "heldout_text_copied161/lupafaktow_pl_sankcje-ceny-chleba": "body (0 extra, 0 lost), 1 read as another kind: a subheading read as a paragraph",
    "heldout_text_copied161/ondameseta_es_escuela-teruel": "publisher differ: the publisher's own longer name",
}
# Blind HTML batch 144, stop 67's third wave (sealed; first run on main f702f12d: body F1 0.993, title 1.00, metadata
# 1.00; on the stop's rules then, 5d5bfd46: 0.997, with a rule for saved pages' summary boxes withdrawn after: the older
# labels keep such boxes as the story's list as often as the newer drop them). What differs now:
HTML_144_SEALED = {
    "heldout_html144/kyivskakhvylia_uk_interview-garantii": "body (1 extra, 0 lost), 1 read as another kind: a pull quote kept as a quotation",
    "heldout_html144/tagesblick_de_sanktionen-liveblog": "body (4 extra, 0 lost): the live page's 'Das Wichtigste in Kürze' box kept (the label leaves it out; older labels keep such a box)",
    "heldout_html144/tribunaadriatica_it_fano-dorica-cronaca": "body (0 extra, 1 lost): the match report's table heading lost",
}
# Blind text batch 174, stop 67's fourth wave (sealed; first run on main f702f12d and on the stop's rules then,
# cbf3aaab: body F1 0.989, title 1.00, metadata 0.89). After the stop's rules (a byline with the page's newsroom, a
# labelled date with its update, a dateline of items in middle dots): metadata 1.00. What differs now:
BATCH_174_SEALED = {
    "heldout_text_copied162/elbtalkurier_de_liveblog-ukraine-gespraeche-genf": "body (2 extra, 0 lost): a live page's 'load older entries' button and its newsletter pitch kept",
    "heldout_text_copied162/factledger_en_istanbul-ceasefire-claim": "body (1 extra, 0 lost): a screenshot's caption with its credit in brackets kept",
    "heldout_text_copied162/gazetanadwislanska_pl_sankcje-pakiet-wyjasniamy": "body (0 extra, 0 lost), 1 read as another kind: list marks the text never had, or the meta description where the page shows no dek",
    "heldout_text_copied162/harbourlineradio_en_island-ferry-winter-schedule": "body (1 extra, 0 lost): the programme's promo line at the foot kept",
    "heldout_text_copied162/pedalandpothole_en_six-winters-cycling-leeds": "body (1 extra, 1 lost), 1 read as another kind: a subheading lost, a list item read as such; the blog's 'posted in … tagged' line kept",
}
# Blind HTML batch 145, stop 67's fourth wave (sealed; first run on main f702f12d and on the stop's rules alike: body F1
# 0.986, title 1.00, metadata 1.00). What differs now:
HTML_145_SEALED = {
    "heldout_html145/el-mirador-del-estrecho_es_balonmano-final-copa-puerta-del-sur": "body (1 extra, 0 lost): a video's caption kept",
    "heldout_html145/le-courrier-rhenan_fr_avoirs-russes-geles-explications": "body (1 extra, 0 lost): a chart's caption and source kept",
    "heldout_html145/omroep-lindeveld_nl_radio-dijkversterking-zandwijk": "description differ; body (1 extra, 0 lost): the meta description where the page shows no dek; a clip's label kept as a subheading",
    "heldout_html145/shiomidai-city_ja_community-bus-jissho-unko": "description differ; body (0 extra, 3 lost), 3 read as another kind: the meta description where the page shows no dek; a list of the notice lost; subheading level",
    "heldout_html145/the-harbour-ledger_en_kestrel-bay-port-automation-paywall": "description differ: the meta description where the page shows a longer dek",
}
# Blind text batch 175 (stop 68's first wave; first run on main b3937d68 0.984 / 1.00 / 1.00; after the stop's rules
# 0.994 / 1.00 / 1.00). What still differs:
BATCH_175_SEALED = {
    "heldout_text_copied163/faktypodlupa_pl_falszywy-protokol-odessa": "body (1 extra, 0 lost)",
    "heldout_text_copied163/harbourline_en_explainer-russia-oil-price-cap": "body (1 extra, 0 lost), 3 read as another kind",
    "heldout_text_copied163/theslowspoke_en_cairngorms-steel-tourer": "body (1 extra, 0 lost)",
}
# Blind HTML batch 146 (stop 68's first wave; first run on main b3937d68 0.988 / 1.00 / 1.00; after the stop's rules
# 0.999 / 1.00 / 1.00). What still differs:
HTML_146_SEALED = {
    "heldout_html146/diarioalameda_es_alquileres-valencia-suscriptores": "description differ",
    "heldout_html146/kitakaze_ja_odate-kuma-tsugakuro": "body (0 extra, 0 lost), 1 read as another kind",
    "heldout_html146/tagesblick_de_liveblog-istanbul-verhandlungen": "body (0 extra, 1 lost)",
}
# Blind text batch 176 (stop 68's second wave; first run on main b3937d68 0.961 / 1.00 / 0.92; after the stop's rules
# 0.986 / 1.00 / 0.94). What still differs:
BATCH_176_SEALED = {
    "heldout_text_copied164/gazetanadwislanska_pl_sankcje-w-pigulce": "body (0 extra, 0 lost), 3 read as another kind",
    "heldout_text_copied164/hidamaritecho_ja_biwaichi-shoshinsha": "body (1 extra, 1 lost)",
    "heldout_text_copied164/lecourrierdulac_fr_garanties-securite-tribune": "body (0 extra, 1 lost), 3 read as another kind",
    "heldout_text_copied164/obriytb_uk_chernivtsi-ratusha-hodynnyk": "publisher differ",
    "heldout_text_copied164/rheinblick_de_sanktionspaket-liveblog": "date differ",
}
# Blind HTML batch 147 (stop 68's second wave; first run on main b3937d68 0.989 / 1.00 / 1.00; after the stop's rules
# 0.991 / 1.00 / 1.00). What still differs:
HTML_147_SEALED = {
    "heldout_html147/eastmoorcc_en_press-release-electric-buses": "body (1 extra, 5 lost), 1 read as another kind",
}
# Blind text batch 177 (stop 68's third wave, for measurement; first run on main b3937d68 0.990 / 1.00 / 0.94, the same
# on the stop's rules). What still differs:
BATCH_177_SEALED = {
    "heldout_text_copied165/ekonomipusulasi_tr_konut-kredisi-satislar-abone": "body (1 extra, 0 lost): the subscribers' offer under the teaser kept (a rule for it withdrawn after review: it took ads quoted in stories)",
    "heldout_text_copied165/elbtalerrundschau_de_liveblog-friedensgespraeche-genf": "body (0 extra, 0 lost), 1 read as another kind",
    "heldout_text_copied165/ithena_el_deltio-typou-posidonia-merampellou": "publisher differ",
    "heldout_text_copied165/plottalk_en_clubroot-brassicas-forum-thread": "publisher differ",
    "heldout_text_copied165/shiomishimbun_ja_factcheck-eu-sanctions-lifted": "body (0 extra, 1 lost)",
    "heldout_text_copied165/siverskyikurier_uk_interview-garantii-bezpeky": "body (0 extra, 0 lost), 1 read as another kind",
}
# Blind HTML batch 148 (stop 68's third wave, for measurement; first run on main b3937d68 0.980 / 1.00 / 1.00, the same
# on the stop's rules). What still differs:
HTML_148_SEALED = {
    "heldout_html148/dniprovyi-visnyk_uk_istanbul-talks-live": "body (1 extra, 0 lost), 2 read as another kind",
    "heldout_html148/hanseatische-rundschau_de_sanktionen-interview": "body (0 extra, 0 lost), 2 read as another kind",
}
# Blind text batch 178 (written after stop 68's merge; first run on main 95d804ad 0.975 / 1.00 / 1.00). What still
# differs:
BATCH_178_SEALED = {
    "heldout_text_copied166/lavigie_fr_tribune-garanties-securite": "body (0 extra, 1 lost)",
    "heldout_text_copied166/marcadorsur_es_guadalmar-remontada": "body (1 extra, 0 lost)",
    "heldout_text_copied166/towadaigaku_ja_seaweed-film-release": "body (0 extra, 5 lost), 1 read as another kind",
}
# Blind HTML batch 149 (written after stop 68's merge; first run on main 95d804ad 0.990 / 1.00 / 1.00). What still
# differs:
HTML_149_SEALED = {
    "heldout_html149/calderpost_en_explainer-russia-sanctions-peace-deal": "body (1 extra, 0 lost)",
    "heldout_html149/deuxrives_fr_tribune-garanties-securite-ukraine": "description differ",
    "heldout_html149/elbbote_de_interview-russland-sanktionen": "body (2 extra, 0 lost)",
    "heldout_html149/kestrelbay_en_press-release-flood-defence-scheme": "body (0 extra, 0 lost), 1 read as another kind",
    "heldout_html149/lupafaktow_pl_ukraina-nato-gwarancje-falsz": "description differ; body (1 extra, 0 lost), 1 read as another kind",
    "heldout_html149/obrii_uk_peregovory-stambul-online": "body (5 extra, 0 lost), 1 read as another kind",
}
# Blind text batch 179 (stop 69's first wave; first run on main 95d804ad 0.983 / 0.92 / 0.94: an Anadolu club's name
# read as the agency's photo credit, the headline among its lines; 1.000 / 1.00 / 1.00 after the stop's rules). What
# still differs:
BATCH_179_SEALED = {
    "heldout_text_copied167/allotmentnotebook_en_wet-spring-tomatoes": "body (0 extra, 0 lost), 7 read as another kind",
    "heldout_text_copied167/civicledger_en_shadow-fleet-sanctions-explained": "body (0 extra, 0 lost), 3 read as another kind",
    "heldout_text_copied167/lakeshorepoly_en_lead-test-strip-press-release": "body (0 extra, 0 lost), 3 read as another kind",
    "heldout_text_copied167/weryfikatorpomorski_pl_falszywy-protokol-elektrownia-sankcje": "body (1 extra, 0 lost): the fact-check's verdict line (\"Ocena: FAŁSZ\") kept as a subheading",
}
# Blind HTML batch 150 (stop 69's first wave; first run on main 95d804ad 0.992 / 1.00 / 1.00; 0.993 after the stop's
# rules). What still differs:
HTML_150_SEALED = {
    "heldout_html150/kestrelcc_en_press-release-millbrook-quay-flood-defence": "body (0 extra, 0 lost), 1 read as another kind",
    "heldout_html150/kilnnotes_en_blog-seventy-two-hours-wood-kiln": "body (0 extra, 0 lost), 4 read as another kind",
    "heldout_html150/minatoshimpo_ja_factcheck-peace-talks-withdrawal-claim": "description differ: the verdict box under the headline read as its dek",
    "heldout_html150/rheinkurier_de_liveblog-friedensgespraeche-istanbul": "body (8 extra, 8 lost): each entry's time sits with its date in a box of its own over the headline; the label joins time and headline, which the rules do only where the page sets them in one header",
}
# Blind text batch 180 (stop 69's second wave, for measurement; first run on main 95d804ad 0.998 / 1.00 / 1.00, the same
# on the stop's rules). What still differs:
BATCH_180_SEALED = {
    "heldout_text_copied168/kyivskyioglyadach_uk_interviu-harantii-bezpeky": "body (0 extra, 0 lost), 1 read as another kind",
    "heldout_text_copied168/ledgerline_en_oil-price-cap-explainer": "body (0 extra, 0 lost), 3 read as another kind",
    "heldout_text_copied168/slowrenovation_en_damp-1930s-semi": "body (0 extra, 1 lost), 1 read as another kind",
    "heldout_text_copied168/yamanaminippo_ja_okusawa-bus-haishi": "description differ",
}
# Blind HTML batch 151 (stop 69's second wave, for measurement; first run on main 95d804ad 0.984 / 1.00 / 1.00, the same
# on the stop's rules then; 0.988 after its own: a fact-check's card of claim, rating and why, a German interview's note
# that it was authorised). What still differs:
HTML_151_SEALED = {
    "heldout_html151/mainuferzeitung_de_interview-schattenflotte-sanktionen": "body (0 extra, 0 lost), 1 read as another kind",
    "heldout_html151/northgatewire_en_geneva-ceasefire-monitoring": "body (1 extra, 0 lost)",
    "heldout_html151/wangansports_ja_kitahama-kaimaku-3renshou": "description differ; body (0 extra, 1 lost): the lead, two sentences right under the headline, read as its dek (a rule for it withdrawn: it took ten deks of other pages)",
}
# Blind text batch 181 (stop 69's third wave, for measurement; first run on main 95d804ad 0.991 / 0.92 / 0.97, the same
# on the stop's rules; no rule made for its misses). What still differs:
BATCH_181_SEALED = {
    "heldout_text_copied169/claimcheckdesk_en_tap-water-chlorine": "body (1 extra, 0 lost)",
    "heldout_text_copied169/harbourcityecho_en_rovers-derby": "publisher differ",
    "heldout_text_copied169/hromadskyivisnyk_uk_sanktsii-poyasniuiemo": "body (1 extra, 0 lost)",
    "heldout_text_copied169/orizontv_el_eggyiseis-asfaleias": "title, description differ; body (1 extra, 0 lost)",
    "heldout_text_copied169/spokesandlanes_en_cargo-bike-winters": "body (0 extra, 2 lost)",
}
# Blind HTML batch 152 (stop 69's third wave, for measurement; first run on main 95d804ad 0.994 / 1.00 / 1.00, the same
# on the stop's rules then; 0.998 after a note on the PDF reader a download needs). What still differs:
HTML_152_SEALED = {
    "heldout_html152/mendingledger_en_twelve-months-of-fixing-things": "body (0 extra, 0 lost), 1 read as another kind",
    "heldout_html152/nordposten_sv_faktakoll-export-ryssland-sanktioner": "body (2 extra, 0 lost)",
}
# Blind text batch 182 (stop 70's first wave; first run on 0e3d3d17, main at the stop's start: 0.993 / 1.00 / 0.94, the
# same on the stop's rules). What still differs:
BATCH_182_SEALED = {
    "heldout_text_copied170/allotmentexchange_en_tomato-blight-june": "author differ; body (1 extra, 0 lost): a forum poster's handle as the author; a quote box's label kept",
    "heldout_text_copied170/echodurhone_fr_chronique-garanties-securite": "body (0 extra, 1 lost): a long subheading in sentence case after a teaser dropped",
    "heldout_text_copied170/faktoskop_pl_oplata-za-wjazd-do-miast": "body (2 extra, 0 lost): a fact-checker's method box kept",
    "heldout_text_copied170/rheinpost_de_newsblog-genf-verhandlungen": "body (0 extra, 0 lost), 1 read as another kind: a live entry's heading read as a paragraph",
    "heldout_text_copied170/totonews_ja_wahei-kyogi-istanbul": "publisher differ; body (1 extra, 0 lost): the channel's English name taken from its masthead; a video's availability note kept",
}
# Blind text batch 183 (stop 70's second wave; first run on 0e3d3d17: 0.973 / 1.00 / 0.97, the same on the stop's
# rules). What still differs:
BATCH_183_SEALED = {
    "heldout_text_copied171/diariodelcierzo_es_carril-bici-valencia": "body (0 extra, 0 lost), 4 read as another kind",
    "heldout_text_copied171/gazetanadwislanska_pl_wywiad-gwarancje": "body (2 extra, 0 lost), 1 read as another kind: an interview's pull quote and its guest's bio kept",
    "heldout_text_copied171/ledgerreview_en_sanctions-explainer": "body (0 extra, 0 lost), 4 read as another kind",
    "heldout_text_copied171/mdtro_ja_shiosai-shiken-unyo": "publisher differ; body (2 extra, 5 lost): a numbered list's labels read otherwise; the institute's name given in English",
    "heldout_text_copied171/meridianwire_en_geneva-talks-round": "body (1 extra, 0 lost): a wire's note about itself kept",
    "heldout_text_copied171/perevireno_uk_feik-zheneva": "body (2 extra, 0 lost): a fact-check's rating heading and a tip-line pitch kept",
    "heldout_text_copied171/rheinblick_de_sanktionen-newsblog": "body (0 extra, 0 lost), 1 read as another kind",
    "heldout_text_copied171/slackwaternotes_en_wren-restoration": "body (1 extra, 0 lost): a photo's caption kept",
}
# Blind text batch 184 (stop 70's third wave, for measurement; first run on 0e3d3d17: 0.979 / 1.00 / 0.97, the same on
# the stop's rules then; after a Swedish fact-check card's labels: 0.983). What still differs:
BATCH_184_SEALED = {
    "heldout_text_copied172/capitalbrief_en_russia-sanctions-explained": "body (0 extra, 0 lost), 5 read as another kind",
    "heldout_text_copied172/kustbladet_sv_faktakoll-fyra-regioner": "body (1 extra, 0 lost), 2 read as another kind: a screenshot's caption kept",
    "heldout_text_copied172/radiokyklades_el_leipsydria-nisia-ekpompi": "body (2 extra, 0 lost): a programme's listen and schedule notes kept",
    "heldout_text_copied172/thecrumbdiaries_en_rye-starter-winter": "body (1 extra, 0 lost), 5 read as another kind: a photo's caption kept",
    "heldout_text_copied172/uvkvysocina_cs_tiskova-zprava-mokrady": "publisher differ; body (5 extra, 0 lost): a press release's contact and about-us box kept; the institute not taken as publisher",
    "heldout_text_copied172/weserbote_de_liveblog-sanktionspaket": "body (0 extra, 0 lost), 1 read as another kind",
}
# Blind HTML batch 153 (stop 70's first wave; first run on 0e3d3d17: 0.989 / 1.00 / 1.00; after a donation box's class:
# 0.996). What still differs:
HTML_153_SEALED = {
    "heldout_html153/dailymeridian_en_shadow-fleet-sanctions-live": "body (0 extra, 0 lost), 1 read as another kind",
    "heldout_html153/pravdomir_uk_odesa-zhenevski-peremovyny-feik": "body (4 extra, 1 lost), 3 read as another kind: a fact-check's verdict card kept (a class rule for it withdrawn after review: 'verdict' names story sections too)",
}
# Blind HTML batch 154 (stop 70's second wave; first run on 0e3d3d17: 0.982 / 0.92 / 0.97; after a programme's name over
# the headline and a byline's city: 0.985 / 1.00 / 1.00). What still differs:
HTML_154_SEALED = {
    "heldout_html154/cronacainsubre_it_pro-lario-atletico-brianza": "body (0 extra, 1 lost), 2 read as another kind: the next fixture's closing line dropped",
    "heldout_html154/crumbandcrust_en_rye-starter-sulked": "body (1 extra, 0 lost), 2 read as another kind: a blog's pitch for its own guide kept",
    "heldout_html154/elberundschau_de_liveblog-sanktionspaket": "body (5 extra, 0 lost), 1 read as another kind: a live page's key-points box kept",
    "heldout_html154/kuriernadwislanski_pl_wywiad-gwarancje-bezpieczenstwa": "body (2 extra, 0 lost), 3 read as another kind: a guest's bio box in the middle of the interview kept",
}
# Blind HTML batch 155 (stop 70's third wave, for measurement; first run on 0e3d3d17: 0.990 / 1.00 / 0.97, the same on
# the stop's final rules; nothing made for it). What still differs:
HTML_155_SEALED = {
    "heldout_html155/aigaiotv_el_leipsydria-naxos-ydrofora": "description differ; body (0 extra, 0 lost), 1 read as another kind: a video player's no-JavaScript note taken for the description",
    "heldout_html155/areachica_es_cronica-almenara-puerto-viejo": "author differ; body (0 extra, 0 lost), 2 read as another kind: the town beside the byline taken for a second surname",
    "heldout_html155/coastalferries_en_tusket-islands-winter-service": "description differ; body (1 extra, 0 lost): the dek read as the lead",
    "heldout_html155/faktometr_pl_stambul-delegacja-nagranie": "body (2 extra, 0 lost), 1 read as another kind: a fact-checker's donation box kept",
    "heldout_html155/gazettedeuxrives_fr_tribune-garanties-securite": "body (0 extra, 0 lost), 1 read as another kind",
    "heldout_html155/northwire_en_geneva-prisoner-framework": "body (0 extra, 0 lost), 1 read as another kind",
    "heldout_html155/tokaikeizai_ja_rosia-seisai-genyu-kakaku-joken": "body (1 extra, 0 lost): a chart's source line kept as a subheading",
}
# Blind text batch 185 (stop 70's fourth wave, written after its merge, for measurement; first run on c5da33e1: 0.991 /
# 1.00 / 1.00). What still differs:
BATCH_185_SEALED = {
    "heldout_text_copied173/lavigiecontinentale_fr_entretien-garanties-securite": "body (2 extra, 1 lost): a newsletter's sign-up heading kept; an interview's question read as a paragraph",
    "heldout_text_copied173/riversidepublicradio_en_night-bus-cuts-hospital-workers": "body (2 extra, 0 lost): a photo's caption and its credit kept",
    "heldout_text_copied173/thequietacre_en_gave-up-raised-beds": "body (1 extra, 0 lost): a link to the previous post kept",
    "heldout_text_copied173/verificasur_es_bulo-acuerdo-jarkov": "body (3 extra, 0 lost): a fact-check card's claim and rating and a methods note kept",
    "heldout_text_copied173/wangankeizai_ja_jizake-yushutsu-baizo": "description differ: a photo's caption taken for the description",
}
# Blind HTML batch 156 (stop 70's fourth wave, written after its merge, for measurement; first run on c5da33e1: 0.990 /
# 1.00 / 1.00). What still differs:
HTML_156_SEALED = {
    "heldout_html156/courrieratlantique_fr_garanties-securite-tribune": "body (2 extra, 0 lost), 1 read as another kind: a newsletter's pitch kept; a pull quote kept as a quotation",
    "heldout_html156/eastmere_en_flood-scheme-press-release": "body (1 extra, 2 lost): a quotation read as a blockquote; a 'Find out more' heading lost",
    "heldout_html156/harbourline_en_harbour-pilot-last-ship": "body (2 extra, 1 lost), 1 read as another kind: a sponsor's line kept; subheadings one level too deep",
    "heldout_html156/rheintaler_de_sanktionspaket-liveblog": "body (5 extra, 1 lost), 7 read as another kind: a live blog's summary box kept; its entries' headings one level too deep",
    "heldout_html156/slowspokes_en_restoring-1978-road-bike": "description differ; body (0 extra, 0 lost), 4 read as another kind: the blog's tagline taken for the description; subheadings one level too deep",
}
# Labelled before the labels counted a story's subheadings from its own top: an <h3> under no <h2> is '###' in these
# labels, '##' in the later ones and in what ingest writes since stop 71 (a skipped level under the title's '#').
_SUBHEADINGS_AS_TAGGED = {
    "heldout_html10/cronachepadane_it_garanzie-sicurezza-sminatori": "subheadings: the label keeps the page's <h3> as '###' where the story has no <h2>; ingest counts from the story's top ('##', stop 71)",
    "heldout_html10/cronicaatlantica_es_embalses-sequia": "subheadings: the label keeps the page's <h3> as '###' where the story has no <h2>; ingest counts from the story's top ('##', stop 71)",
    "heldout_html11/kestrelbaycourier_en_saltmarsh-pier-reopens": "subheadings: the label keeps the page's <h3> as '###' where the story has no <h2>; ingest counts from the story's top ('##', stop 71)",
    "heldout_html14/nadwislanska_pl_szczyt-nato-ankara-relacja": "subheadings: the label keeps the page's <h3> as '###' where the story has no <h2>; ingest counts from the story's top ('##', stop 71)",
    "heldout_html15/balticcourier_en_shadow-fleet-tanker-detained": "subheadings: the label keeps the page's <h3> as '###' where the story has no <h2>; ingest counts from the story's top ('##', stop 71)",
    "heldout_html17/mapamundi_pt_sancoes-funcionam": "subheadings: the label keeps the page's <h3> as '###' where the story has no <h2>; ingest counts from the story's top ('##', stop 71)",
    "heldout_html18/volnykurier_ru_neftegaz-dohody-sanktsii": "subheadings: the label keeps the page's <h3> as '###' where the story has no <h2>; ingest counts from the story's top ('##', stop 71)",
    "heldout_html20/aigaiosimera_el_elaiolado-times-kriti": "subheadings: the label keeps the page's <h3> as '###' where the story has no <h2>; ingest counts from the story's top ('##', stop 71)",
}
# Blind text batch 186 (stop 71's first wave; first run on 34b5938e: 0.998 / 1.00 / 1.00, the same on the stop's rules).
# What still differs:
BATCH_186_SEALED = {
    "heldout_text_copied174/allotmentledger_en_gave-up-raised-beds": "body (0 extra, 0 lost), 4 read as another kind: a numbered list read as bullets",
    "heldout_text_copied174/westmoorradio_en_beekeepers-early-swarms": "body (1 extra, 0 lost): a listen-again note kept",
}
# Blind HTML batch 157 (stop 71's first wave; first run on 34b5938e: 1.000 / 1.00 / 0.97, the same on the stop's rules).
# What still differs:
HTML_157_SEALED = {
    "heldout_html157/dniprovisti_uk_perehovory-stambul-online": "body (0 extra, 0 lost), 1 read as another kind: a quotation read as a blockquote",
    "heldout_html157/echodesmarches_fr_garanties-securite-ukraine": "body (0 extra, 0 lost), 1 read as another kind: a pull quote read as a blockquote",
    "heldout_html157/faktoskop_pl_rozejm-30-dni-fakt": "body (0 extra, 0 lost), 1 read as another kind: a list item read as a paragraph",
    "heldout_html157/northfieldcouncil_en_flood-defence-scheme": "author differ; body (0 extra, 0 lost), 1 read as another kind: the communications team taken as author; a quotation read as a blockquote",
}
# Blind text batch 187 (stop 71's second wave; first run on e61abe5c: 0.983 / 0.92 / 1.00; after a consent banner's
# heading that asks for consent was no headline: 0.986 / 1.00 / 1.00). What still differs:
BATCH_187_SEALED = {
    "heldout_text_copied175/allotmentdiaries_en_early-blight": "body (1 extra, 2 lost): a photo's caption kept; two items of a list lost",
    "heldout_text_copied175/factline_en_lawn-mowing-fine-claim": "body (0 extra, 2 lost), 1 read as another kind: the verdict's heading and a correction lost; a heading read as a list item",
    "heldout_text_copied175/hbn_ko_dalbitgolmok-night-market": "body (1 extra, 0 lost): the reporter's sign-off kept",
    "heldout_text_copied175/northgatepost_en_eu-sanctions-live": "body (0 extra, 0 lost), 1 read as another kind: a live entry's time and headline read as a paragraph",
}
# Blind HTML batch 158 (stop 71's second wave; first run on f113138d: 0.988 / 1.00 / 1.00, the same on the stop's final
# rules). What still differs:
HTML_158_SEALED = {
    "heldout_html158/cfra_en_saltmere-tidal-barrier-press-release": "body (0 extra, 4 lost), 2 read as another kind: a press release's notes to editors lost; quotations read as blockquotes",
    "heldout_html158/kompasfaktow_pl_fact-check-stambul-rozejm": "description differ; body (0 extra, 0 lost), 1 read as another kind: the verdict's summary taken for the description; a subheading one level too deep",
    "heldout_html158/spokeandchain_en_restoring-1978-marlowe-tourer": "body (1 extra, 0 lost), 1 read as another kind: a photo's caption kept; a quotation read as a blockquote",
    "heldout_html158/vezhamedia_uk_interviu-harantii-bezpeky": "body (1 extra, 2 lost): an interview's question read as a paragraph, its short answer lost",
}
# Labelled with a quotation the page set apart in a <blockquote>, in its marks, as '> “…”'; ingest gives it as a
# paragraph since stop 71, as the later labels do (230 such lines of theirs against 36).
_QUOTATIONS_SET_APART = {
    "heldout_html13/alufuq_ar_tabadul-asra": "a quotation in its marks set apart: the label keeps it as a blockquote ('> '), ingest as a paragraph (stop 71)",
    "heldout_html13/haberkoprusu_tr_karadeniz-gorusmesi-amp": "a quotation in its marks set apart: the label keeps it as a blockquote ('> '), ingest as a paragraph (stop 71)",
    "heldout_html13/vltavskydenik_cs_zaruky-nato": "a quotation in its marks set apart: the label keeps it as a blockquote ('> '), ingest as a paragraph (stop 71)",
    "heldout_html15/correioatlantico_pt_garantias-seguranca-fragata": "a quotation in its marks set apart: the label keeps it as a blockquote ('> '), ingest as a paragraph (stop 71)",
    "heldout_html15/northmererail_en_northern-star-sleeper-press-release": "a quotation in its marks set apart: the label keeps it as a blockquote ('> '), ingest as a paragraph (stop 71)",
    "heldout_html17/horizont24_cs_balik-sankci": "a quotation in its marks set apart: the label keeps it as a blockquote ('> '), ingest as a paragraph (stop 71)",
    "heldout_html18/nemunozinios_lt_viceministras-garantijos": "a quotation in its marks set apart: the label keeps it as a blockquote ('> '), ingest as a paragraph (stop 71)",
    "heldout_html18/polderkoerier_nl_lekdijk-versterking": "a quotation in its marks set apart: the label keeps it as a blockquote ('> '), ingest as a paragraph (stop 71)",
    "heldout_html18/rheinischeabendpost_de_sanktionspaket-schattenflotte": "a quotation in its marks set apart: the label keeps it as a blockquote ('> '), ingest as a paragraph (stop 71)",
    "heldout_html20/fenwickstandard_en_reparations-loan-frozen-assets": "a quotation in its marks set apart: the label keeps it as a blockquote ('> '), ingest as a paragraph (stop 71)",
    "heldout_html20/westmarchchronicle_en_town-centre-planning": "a quotation in its marks set apart: the label keeps it as a blockquote ('> '), ingest as a paragraph (stop 71)",
    "heldout_html22/baltobozrevatel_ru_tenevoy-flot-sanktsii": "a quotation in its marks set apart: the label keeps it as a blockquote ('> '), ingest as a paragraph (stop 71)",
    "heldout_html31/backyarddata_en_rain-gauge-weather-app": "a quotation in its marks set apart: the label keeps it as a blockquote ('> '), ingest as a paragraph (stop 71)",
    "heldout_html31/novyrozhled_cs_stinova-flotila-sankce-tankery": "a quotation in its marks set apart: the label keeps it as a blockquote ('> '), ingest as a paragraph (stop 71)",
    "heldout_html34/ceasefireledger_en_guarantees-first-relief-later": "a quotation in its marks set apart: the label keeps it as a blockquote ('> '), ingest as a paragraph (stop 71)",
    "heldout_html36/northgateledger_en_geneva-ceasefire-monitoring-draft": "a quotation in its marks set apart: the label keeps it as a blockquote ('> '), ingest as a paragraph (stop 71)",
}
# Blind text batch 188 (stop 71's third wave, for measurement; first run on fd966a53: 0.991 / 1.00 / 1.00). What still
# differs:
BATCH_188_SEALED = {
    "heldout_text_copied176/crumbandcrust_en_sourdough-starter-heatwave": "body (1 extra, 0 lost): a photo's caption kept",
    "heldout_text_copied176/eldeportivodelsur_es_cronica-derbi-puerto-alto": "body (2 extra, 0 lost): a photo's caption and its credit kept",
    "heldout_text_copied176/radiolaguna_it_terraferma-mose": "body (1 extra, 0 lost): the programme's blurb kept",
}
# Blind HTML batch 159 (stop 71's third wave, for measurement; first run on 2dde2eda, whose ingest is fd966a53's: 0.990
# / 1.00 / 1.00). What still differs:
HTML_159_SEALED = {
    "heldout_html159/faktoskop_pl_fact-check-sankcje-ue-1-kwietnia": "body (2 extra, 0 lost): the verdict's summary and a methods note kept",
    "heldout_html159/rheinischeabendpost_de_liveblog-sicherheitsgarantien": "body (5 extra, 0 lost): a live blog's summary box and its closing note kept",
    "heldout_html159/ruralconnectivitygov_en_press-release-full-fibre-contracts": "body (0 extra, 0 lost), 1 read as another kind: a quotation set apart without marks read as a blockquote",
}
# Blind text batch 189 (stop 72's wave, for measurement; first run on cb37400e: 0.957 / 1.00 / 0.97). What still
# differs:
BATCH_189_SEALED = {
    "heldout_text_copied177/crumbandkiln_en_rye-starter-winter": "body (0 extra, 0 lost), 5 read as another kind: a numbered list read as bullets (the dump lost its numbers' kind)",
    "heldout_text_copied177/kuriernadwislanski_pl_sankcje-wobec-rosji-wyjasniamy": "body (0 extra, 0 lost), 1 read as another kind: a question read as a paragraph, labelled a subheading",
    "heldout_text_copied177/lakeshoreledger_en_lincoln-park-pool-closed": "body (2 extra, 3 lost): a list under a colon, no bullets in the dump: two items kept as paragraphs, the third dropped",
    "heldout_text_copied177/minatoshimpo_ja_factcheck-peace-talks-withdrawal": "body (1 extra, 0 lost): the verdict's one-word label kept as a subheading",
    "heldout_text_copied177/northbridgereview_en_solberg-security-guarantees-interview": "body (2 extra, 1 lost): a pull quote kept; an interview's question read as a paragraph, labelled a subheading",
}
# Blind HTML batch 160 (stop 72's wave, for measurement; first run on cb37400e: 0.981 / 1.00 / 1.00). What still
# differs:
HTML_160_SEALED = {
    "heldout_html160/deptcoastalcommunities_en_pier-restoration-fund-opens": "body (0 extra, 3 lost): a press release's summary points dropped",
    "heldout_html160/dniprovskyivisnyk_uk_interviu-savchuk-harantii-bezpeky": "body (0 extra, 0 lost), 1 read as another kind: a question read as another kind",
    "heldout_html160/marcadornorte_es_valdeserra-remonta-descuento": "description differ: the dek under the headline not found",
    "heldout_html160/przegladnadwislanski_pl_sankcje-wobec-rosji-wyjasniamy": "body (7 extra, 1 lost), 3 read as another kind: an explainer's key points and glossary box kept; subheading levels",
    "heldout_html160/rheinischermorgenbote_de_liveblog-eu-gipfel-sanktionen": "body (5 extra, 1 lost), 5 read as another kind: a live blog's summary box kept; an entry's time and headline read as another kind",
    "heldout_html160/towahoso_ja_ukraine-wahei-kyogi-istanbul": "description differ: a photo's caption read as the dek",
    "heldout_html160/veritydesk_en_fact-check-finland-sauna-tax": "body (3 extra, 0 lost): the verdict box and a donation line kept",
}
# Blind text batch 190 (stop 72's second wave, for measurement; first run on a37f36a2: 0.973 / 0.92 / 1.00). What still
# differs:
BATCH_190_SEALED = {
    "heldout_text_copied178/cinderandsprout_en_peat-free-seed-mix": "body (1 extra, 0 lost), 4 read as another kind: a photo's caption kept; list items read as another kind",
    "heldout_text_copied178/faktoko_pl_rozejm-30-dni": "body (0 extra, 1 lost): the question opening the story read as a paragraph, labelled a subheading",
    "heldout_text_copied178/hokuyokeizai_ja_chigin-keiei-togo": "description differ: a photo's caption read as the dek",
    "heldout_text_copied178/lakesidegazette_en_ridgeway-bridge-closure": "title, description differ: the dek taken for the headline, the headline over it dropped",
    "heldout_text_copied178/observateurduleman_fr_sanctions-cinq-questions": "body (3 extra, 1 lost): newsletter and subscription buttons kept as subheadings; a numbered question read as a list item",
    "heldout_text_copied178/rheinkurier_de_liveticker-sicherheitsgarantien": "body (0 extra, 1 lost): a live entry's time and headline dropped",
    "heldout_text_copied178/tidewaterpublicradio_en_foghorn-archive": "body (2 extra, 0 lost): a photo's caption and the desk's name kept",
    "heldout_text_copied178/uta_es_sensor-fugas-agua": "body (1 extra, 0 lost): an inline 'read also' teaser kept",
}
# Blind HTML batch 161 (stop 72's second wave, for measurement; first run on a37f36a2: 0.996 / 1.00 / 1.00). What still
# differs:
HTML_161_SEALED = {
    "heldout_html161/faktowisko_pl_fact-check-zaporoze-nagranie": "body (3 extra, 0 lost): the verdict box and a donation line kept",
    "heldout_html161/hokuwan_ja_aki-sake-gyokakuryo-kako-saitei": "description differ: a video's availability note read as the dek",
    "heldout_html161/obrii_uk_interview-hordiienko-harantii-bezpeky": "body (0 extra, 0 lost), 1 read as another kind: a question read as another kind",
}
# Blind text batch 191 (stop 72's third wave, for measurement; first run on 2c2225eb: 0.982 / 1.00 / 0.97). What still
# differs:
BATCH_191_SEALED = {
    "heldout_text_copied179/clearcheck_en_istanbul-peace-deal-claim": "body (2 extra, 1 lost): the verdict box and a screenshot's caption kept, the quoted claim dropped",
    "heldout_text_copied179/crookedspoke_en_tubeless-burping-fix": "body (0 extra, 0 lost), 5 read as another kind: a numbered list read as bullets",
    "heldout_text_copied179/dailyharbor_en_geneva-talks-live": "date differ: the live page's update time read as its date",
    "heldout_text_copied179/gazetawislanska_pl_sankcje-wobec-rosji-wyjasniamy": "body (0 extra, 0 lost), 3 read as another kind: questions read as paragraphs, labelled subheadings",
    "heldout_text_copied179/qanatalsahil_ar_tahliya-shamsiya-sohar": "body (1 extra, 0 lost): the programme's blurb kept",
}
# Blind HTML batch 162 (stop 72's third wave, for measurement; first run on 2c2225eb: 0.993 / 1.00 / 1.00). What still
# differs:
HTML_162_SEALED = {
    "heldout_html162/dniprovisnyk_uk_pariz-samit-harantii-onlain": "body (1 extra, 2 lost): a live entry's time and headline read as another heading, one entry's heading dropped",
    "heldout_html162/faktoko_pl_nagranie-delegacja-stambul": "body (1 extra, 0 lost): the methods note kept",
    "heldout_html162/lakeshirecc_en_mobile-library-press-release": "body (0 extra, 0 lost), 1 read as another kind: a line read as another kind",
    "heldout_html162/radiomarealta_pt_alunos-evora-asteroide": "body (1 extra, 0 lost): the audio player's fallback text kept",
}
_KNOWN = {**_DIFFERS, **HTML_162_SEALED, **BATCH_191_SEALED, **HTML_161_SEALED, **BATCH_190_SEALED, **HTML_160_SEALED, **BATCH_189_SEALED, **HTML_159_SEALED, **BATCH_188_SEALED, **_QUOTATIONS_SET_APART, **HTML_158_SEALED, **BATCH_187_SEALED, **HTML_157_SEALED, **BATCH_186_SEALED, **_SUBHEADINGS_AS_TAGGED, **HTML_156_SEALED, **BATCH_185_SEALED, **HTML_155_SEALED, **HTML_154_SEALED, **HTML_153_SEALED, **BATCH_184_SEALED, **BATCH_183_SEALED, **BATCH_182_SEALED, **HTML_152_SEALED, **BATCH_181_SEALED, **HTML_151_SEALED, **BATCH_180_SEALED, **HTML_150_SEALED, **BATCH_179_SEALED, **HTML_149_SEALED, **BATCH_178_SEALED, **HTML_148_SEALED, **BATCH_177_SEALED, **HTML_147_SEALED, **BATCH_176_SEALED, **HTML_146_SEALED, **BATCH_175_SEALED, **HTML_145_SEALED, **BATCH_174_SEALED, **HTML_144_SEALED, **BATCH_173_SEALED, **HTML_143_SEALED, **BATCH_172_SEALED, **HTML_142_SEALED, **BATCH_171_SEALED, **HTML_141_SEALED, **HTML_140_SEALED, **HTML_139_SEALED, **BATCH_170_SEALED, **BATCH_169_SEALED, **BATCH_168_SEALED, **HTML_138_SEALED, **BATCH_167_SEALED, **HTML_137_SEALED, **BATCH_166_SEALED, **HTML_136_SEALED, **BATCH_165_SEALED, **HTML_135_SEALED, **BATCH_164_SEALED, **HTML_134_SEALED, **BATCH_163_SEALED, **HTML_133_SEALED, **BATCH_162_SEALED, **HTML_132_SEALED, **BATCH_161_SEALED, **HTML_131_SEALED, **BATCH_160_SEALED, **HTML_130_SEALED, **BATCH_159_SEALED, **HTML_129_SEALED, **BATCH_158_SEALED, **HTML_128_SEALED, **BATCH_157_SEALED, **HTML_127_SEALED, **BATCH_156_SEALED, **HTML_126_SEALED, **BATCH_155_SEALED, **HTML_125_SEALED, **BATCH_154_SEALED, **HTML_124_SEALED, **BATCH_153_SEALED, **HTML_123_SEALED, **BATCH_152_SEALED, **HTML_122_SEALED, **BATCH_151_SEALED, **HTML_121_SEALED, **BATCH_150_SEALED, **HTML_120_SEALED, **BATCH_149_SEALED, **HTML_119_SEALED, **BATCH_148_SEALED, **HTML_118_SEALED, **BATCH_147_SEALED, **HTML_117_SEALED, **BATCH_146_SEALED, **HTML_116_SEALED, **BATCH_145_SEALED, **HTML_115_SEALED, **BATCH_144_SEALED, **HTML_114_SEALED, **HTML_113_SEALED, **BATCH_143_SEALED, **BATCH_142_SEALED, **HTML_112_SEALED, **BATCH_141_SEALED, **HTML_111_SEALED, **BATCH_140_SEALED, **HTML_110_SEALED, **HTML_109_SEALED, **BATCH_138_SEALED, **HTML_108_SEALED, **BATCH_137_SEALED, **HTML_107_SEALED, **BATCH_136_SEALED, **HTML_106_SEALED, **BATCH_135_SEALED, **HTML_105_SEALED, **BATCH_134_SEALED, **HTML_104_SEALED, **BATCH_133_SEALED, **HTML_103_SEALED, **BATCH_132_SEALED, **HTML_102_SEALED, **BATCH_131_SEALED, **HTML_101_SEALED, **BATCH_130_SEALED, **HTML_100_SEALED, **BATCH_129_SEALED, **HTML_99_SEALED, **BATCH_128_SEALED, **HTML_98_SEALED, **BATCH_127_SEALED, **BATCH_126_SEALED, **HTML_97_SEALED, **BATCH_125_SEALED, **HTML_96_SEALED, **BATCH_124_SEALED, **BATCH_123_SEALED, **HTML_95_SEALED, **BATCH_122_SEALED, **HTML_94_SEALED, **BATCH_121_SEALED, **BATCH_120_SEALED, **HTML_93_SEALED, **BATCH_119_SEALED, **HTML_92_SEALED, **BATCH_117_SEALED, **HTML_90_SEALED, **BATCH_118_FIRST_RUN, **HTML_91_FIRST_RUN, **BATCH_116_SEALED, **HTML_89_SEALED, **BATCH_115_FIRST_RUN, **HTML_88_FIRST_RUN, **BATCH_114_SEALED, **HTML_87_SEALED, **BATCH_113_FIRST_RUN, **HTML_86_FIRST_RUN, **BATCH_112_SEALED, **HTML_85_SEALED, **BATCH_111_SEALED, **HTML_84_SEALED, **BATCH_110_SEALED, **HTML_83_SEALED, **BATCH_109_FIRST_RUN, **HTML_82_FIRST_RUN, **BATCH_108_FIRST_RUN, **HTML_81_FIRST_RUN, **BATCH_107_SEALED, **HTML_80_SEALED, **BATCH_106_FIRST_RUN, **HTML_79_FIRST_RUN, **BATCH_105_FIRST_RUN, **HTML_78_FIRST_RUN, **BATCH_104_FIRST_RUN, **HTML_77_FIRST_RUN, **BATCH_103_SEALED, **HTML_76_SEALED, **BATCH_102_FIRST_RUN, **HTML_75_FIRST_RUN, **BATCH_101_FIRST_RUN, **HTML_74_FIRST_RUN, **BATCH_100_FIRST_RUN, **HTML_73_FIRST_RUN, **BATCH_99_FIRST_RUN, **HTML_72_FIRST_RUN, **BATCH_97_FIRST_RUN, **BATCH_98_FIRST_RUN, **HTML_71_FIRST_RUN, **BATCH_95_FIRST_RUN, **BATCH_96_FIRST_RUN, **HTML_70_FIRST_RUN, **BATCH_93_FIRST_RUN, **BATCH_94_FIRST_RUN, **HTML_69_FIRST_RUN, **HTML_66_FIRST_RUN, **BATCH_90_FIRST_RUN, **HTML_67_FIRST_RUN, **BATCH_91_FIRST_RUN, **HTML_68_FIRST_RUN, **BATCH_92_FIRST_RUN, **BATCH_89_FIRST_RUN, **BATCH_88_FIRST_RUN, **HTML_65_FIRST_RUN, **BATCH_86_FIRST_RUN, **HTML_63_FIRST_RUN, **BATCH_87_SEALED, **HTML_64_SEALED, **BATCH_83_FIRST_RUN, **HTML_60_FIRST_RUN, **BATCH_84_SEALED, **HTML_61_SEALED, **BATCH_85_FIRST_RUN,
          **HTML_62_FIRST_RUN, **BATCH_80_FIRST_RUN, **HTML_57_FIRST_RUN, **BATCH_81_FIRST_RUN, **HTML_58_FIRST_RUN,
          **BATCH_82_SEALED, **HTML_59_SEALED, **BATCH_28_FIRST_RUN, **BATCH_29_FIRST_RUN, **BATCH_30_FIRST_RUN, **BATCH_31_FIRST_RUN,
          **BATCH_32_FIRST_RUN, **BATCH_33_FIRST_RUN, **HTML_11_FIRST_RUN,
          **BATCH_34_FIRST_RUN, **BATCH_35_FIRST_RUN, **HTML_12_FIRST_RUN,
          **BATCH_36_FIRST_RUN, **HTML_13_FIRST_RUN, **BATCH_37_FIRST_RUN, **HTML_14_FIRST_RUN,
          **BATCH_38_FIRST_RUN, **HTML_15_FIRST_RUN, **BATCH_39_FIRST_RUN,
          **HTML_16_FIRST_RUN, **BATCH_40_FIRST_RUN, **HTML_17_FIRST_RUN,
          **BATCH_41_FIRST_RUN, **HTML_18_FIRST_RUN, **BATCH_42_FIRST_RUN, **HTML_19_FIRST_RUN, **BATCH_43_FIRST_RUN, **HTML_20_FIRST_RUN, **BATCH_44_FIRST_RUN, **HTML_21_FIRST_RUN,
          **BATCH_45_FIRST_RUN, **HTML_22_FIRST_RUN,
          **BATCH_46_FIRST_RUN, **HTML_23_FIRST_RUN,
          **BATCH_47_FIRST_RUN, **HTML_24_FIRST_RUN,
          **BATCH_48_FIRST_RUN, **HTML_25_FIRST_RUN,
          **BATCH_49_FIRST_RUN, **HTML_26_FIRST_RUN, **BATCH_50_FIRST_RUN, **HTML_27_FIRST_RUN,
          **BATCH_51_FIRST_RUN, **HTML_28_FIRST_RUN, **BATCH_52_FIRST_RUN, **HTML_29_FIRST_RUN, **BATCH_53_FIRST_RUN,
          **HTML_30_FIRST_RUN, **BATCH_54_FIRST_RUN, **HTML_31_FIRST_RUN, **BATCH_55_FIRST_RUN,
          **HTML_32_FIRST_RUN, **BATCH_56_FIRST_RUN, **HTML_33_FIRST_RUN, **BATCH_57_SEALED,
          **HTML_34_SEALED, **BATCH_58_FIRST_RUN, **HTML_35_FIRST_RUN, **BATCH_59_SEALED, **HTML_36_SEALED,
          **BATCH_60_FIRST_RUN, **HTML_37_FIRST_RUN, **BATCH_61_SEALED, **HTML_38_SEALED,
          **BATCH_62_FIRST_RUN, **HTML_39_FIRST_RUN, **BATCH_63_SEALED, **HTML_40_SEALED, **BATCH_64_FIRST_RUN,
          **HTML_41_FIRST_RUN, **BATCH_65_SEALED, **HTML_42_SEALED, **BATCH_66_FIRST_RUN, **HTML_43_FIRST_RUN,
          **BATCH_67_SEALED, **HTML_44_SEALED, **BATCH_68_FIRST_RUN, **HTML_45_FIRST_RUN,
          **BATCH_69_SEALED, **HTML_46_SEALED, **BATCH_70_FIRST_RUN, **HTML_47_FIRST_RUN, **BATCH_71_SEALED,
          **HTML_48_SEALED, **BATCH_72_FIRST_RUN, **HTML_49_FIRST_RUN,
          **BATCH_73_SEALED, **HTML_50_SEALED, **BATCH_74_FIRST_RUN, **HTML_51_FIRST_RUN,
          **BATCH_75_SEALED, **HTML_52_SEALED, **BATCH_76_FIRST_RUN, **HTML_53_FIRST_RUN, **BATCH_77_SEALED,
          **HTML_54_SEALED, **BATCH_78_FIRST_RUN, **HTML_55_FIRST_RUN, **BATCH_79_SEALED, **HTML_56_SEALED}
CASES = [case for folder in _FLOORS for case in cases(folder)]


def _param(case):
    if case.name in _KNOWN:
        return pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=_KNOWN[case.name]))
    return case


def test_every_listed_difference_names_a_page():
    assert set(_KNOWN) <= {case.name for case in CASES}
    assert all(len(cases(folder)) >= 10 for folder in _FLOORS)


@pytest.mark.parametrize("case", [_param(c) for c in CASES], ids=lambda c: c.name)
def test_page_comes_out_as_labelled(case):
    assert_as_labelled(case)


@pytest.mark.parametrize("folder", list(_FLOORS))
def test_batch_keeps_its_scores(folder):
    body, title, meta, weakest = _FLOORS[folder]
    s = score(sitegen, cases(folder))
    assert s["f"] >= body and s["title"] >= title and s["meta"] >= meta
    assert min(row["f"] for row in s["rows"]) >= weakest, [(r["case"], round(r["f"], 3)) for r in s["rows"]]

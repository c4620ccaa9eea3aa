"""Debian's wapiti 3.0.4 with its address exclusions (-x) mended.

Its wildcard_translate ends each exclusion's pattern with the inline flags "(?ms)", which Python 3.11 refuses
anywhere but at the start: every -x made wapiti stop before its first request. Same pattern, flags first.
Usage: python3 src/scan/wapiti.py <wapiti's own arguments>
"""
import re
import sys

from wapitiCore.main.wapiti import wapiti_main
from wapitiCore.net import crawler


def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if char == "*" else re.escape(char) for char in pattern) + r"\Z")


crawler.wildcard_translate = wildcard_translate
sys.argv[0] = "wapiti"
sys.exit(wapiti_main())

#!/usr/bin/env python3
"""Stands in for opt/llc in fault tests: allocates far more than any memory cap allows."""

hoard = []
while True:
    hoard.append(bytearray(256 * 1024 * 1024))

#!/bin/sh
# Stands in for opt/llc in fault tests: never finishes (a child process too, which must also be stopped).
sleep 300 &
sleep 300

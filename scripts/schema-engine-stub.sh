#!/bin/sh
echo "schema-engine-cli 0.0.0 (stub)"

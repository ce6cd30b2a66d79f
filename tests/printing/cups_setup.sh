#!/bin/sh
# Start CUPS (no systemd needed) and create the cups-pdf queue "PDF" that the
# @pytest.mark.cups tests print to. Idempotent: safe to run again.
# Needs: apt-get install -y --no-install-recommends cups printer-driver-cups-pdf
set -eu

if ! command -v cupsd >/dev/null 2>&1 && [ ! -x /usr/sbin/cupsd ]; then
    echo "cups_setup: cupsd is not installed (apt-get install cups printer-driver-cups-pdf)" >&2
    exit 1
fi

if ! lpstat -r >/dev/null 2>&1 || lpstat -r 2>/dev/null | grep -q "not running"; then
    /usr/sbin/cupsd
    tries=0
    until lpstat -r 2>/dev/null | grep -q "is running"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 50 ]; then
            echo "cups_setup: cupsd did not start" >&2
            exit 1
        fi
        sleep 0.2
    done
fi

if ! lpstat -p PDF >/dev/null 2>&1; then
    lpadmin -p PDF -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd -E
fi
cupsenable PDF 2>/dev/null || true
cupsaccept PDF 2>/dev/null || true
lpadmin -d PDF
lpstat -r
lpstat -p PDF

"""Network thermal printers found on port 9100 of the local network's addresses (here, a fake one on 127.0.0.1)."""

from __future__ import annotations

import ipaddress

from mamakilla_pos.printing.discover import find_network_printers, local_networks
from mamakilla_pos.printing.targets import parse_target

LOOPBACK = ipaddress.ip_network("127.0.0.0/29")


def test_a_printer_listening_is_found_and_nothing_is_sent_to_it(fake_printer):
    printer = fake_printer()
    found = find_network_printers([LOOPBACK], printer.port)
    assert found == [printer.uri]
    assert parse_target(found[0]).port == printer.port
    printer.wait_jobs(1, timeout=2)
    assert printer.received == b""  # only a connection, closed at once


def test_no_printer_no_address(fake_printer):
    printer = fake_printer()
    port = printer.port
    printer.close()
    assert find_network_printers([LOOPBACK], port, wait=0.3) == []


def test_local_networks_are_never_loopback_and_never_wider_than_a_24():
    for network in local_networks():
        assert not network.is_loopback and network.prefixlen == 24

"""Network thermal printers found by asking every address of this computer's local networks on port 9100.

A network receipt printer listens on TCP port 9100 (the "raw" or JetDirect
port). Every address of each local IPv4 network of this computer (a /24 at
most, so never more than 254 addresses a network) is tried at once with a
non-blocking connect; those that accept within a short wait are offered in
Ajustes as ``escpos+tcp://ADDRESS:9100``. Nothing is sent to them: the
connection is closed as soon as it is made.
"""

from __future__ import annotations

import ipaddress
import selectors
import socket
import time
from collections.abc import Iterable

from .targets import DEFAULT_PORT

WAIT = 0.6
"""Seconds to wait for answers: a printer on the same network answers in a few milliseconds."""

MAX_HOSTS = 254


def local_networks() -> list[ipaddress.IPv4Network]:
    """The /24 networks of this computer's own IPv4 addresses (loopback left out)."""
    addresses: set[str] = set()
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            addresses.add(str(info[4][0]))
    except OSError:
        pass
    try:  # the address the default route leaves from; a UDP "connect" sends nothing
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))
            addresses.add(probe.getsockname()[0])
    except OSError:
        pass
    networks = {
        ipaddress.ip_network(f"{address}/24", strict=False)
        for address in addresses
        if not ipaddress.ip_address(address).is_loopback
    }
    return sorted(n for n in networks if isinstance(n, ipaddress.IPv4Network))


def find_network_printers(
    networks: Iterable[ipaddress.IPv4Network] | None = None, port: int = DEFAULT_PORT, wait: float = WAIT
) -> list[str]:
    """The addresses (``escpos+tcp://HOST:PORT``) on ``networks`` (the local ones by default) that take a connection."""
    hosts: list[str] = []
    for network in local_networks() if networks is None else networks:
        hosts += [str(host) for host in list(network.hosts())[:MAX_HOSTS]]
    found: list[str] = []
    with selectors.DefaultSelector() as selector:
        for host in hosts:
            connection = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            connection.setblocking(False)
            try:
                connection.connect_ex((host, port))
                selector.register(connection, selectors.EVENT_WRITE, host)
            except OSError:
                connection.close()
        deadline = time.monotonic() + wait
        while selector.get_map() and (left := deadline - time.monotonic()) > 0:
            for key, _ in selector.select(left):
                answered = key.fileobj
                assert isinstance(answered, socket.socket)
                selector.unregister(answered)
                if answered.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0:
                    found.append(str(key.data))
                answered.close()
        for key in list(selector.get_map().values()):
            selector.unregister(key.fileobj)
            key.fileobj.close()  # type: ignore[union-attr]
    ordered = sorted(found, key=lambda host: ipaddress.ip_address(host))
    return [f"escpos+tcp://{host}:{port}" for host in ordered]

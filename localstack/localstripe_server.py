"""Runs localstripe bound to one address, with its state file under localstack/.run/.

The stock `localstripe` command has no host option (it binds every interface, IPv4 and
IPv6) and keeps its state in /tmp/localstripe.pickle, shared by every checkout on the
machine. This launcher serves the same aiohttp app on --host/--port, starts from an empty
store (like the other emulators, which keep state in memory only) and writes the state
file given by --state-file.

Usage: python localstripe_server.py --host 127.0.0.1 --port 8420 --state-file PATH
"""

import argparse
import logging
import pickle

from aiohttp import web
from localstripe import resources, server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8420)
    parser.add_argument("--state-file", required=True)
    args = parser.parse_args()

    def dump_to_disk(store):
        with open(args.state_file, "wb") as f:
            pickle.dump(store, f, protocol=pickle.HIGHEST_PROTOCOL)

    resources.Store.dump_to_disk = dump_to_disk
    resources.store.clear()

    access_log = logging.getLogger("aiohttp.access")
    access_log.setLevel(logging.DEBUG)
    access_log.addHandler(logging.StreamHandler())

    web.run_app(server.app, host=args.host, port=args.port, access_log=access_log)


if __name__ == "__main__":
    main()

package io.newsflow.ingest.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Refuses addresses a fetch must not reach (SSRF): loopback, private (RFC 1918, IPv6 unique-local),
 * link-local (cloud metadata services live there), wildcard and multicast. Loopback is allowed only when
 * configured so, for local runs and tests.
 */
public final class AddressGuard {

    private final boolean allowLoopback;

    public AddressGuard(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /**
     * Resolves the host and returns the first address, refusing the host if any of its addresses is
     * forbidden (so that a name cannot mix a public and an internal address).
     *
     * @throws RefusedException naming the address when it is forbidden, or when the host does not resolve
     */
    public InetAddress resolve(String host) throws RefusedException {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new RefusedException("unknown host " + host);
        }
        for (InetAddress address : addresses) {
            check(address);
        }
        return addresses[0];
    }

    void check(InetAddress address) throws RefusedException {
        if (address.isLoopbackAddress()) {
            if (!allowLoopback) {
                throw new RefusedException("loopback address " + address.getHostAddress() + " refused");
            }
            return;
        }
        if (address.isSiteLocalAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress() || uniqueLocal(address) || carrierGrade(address)) {
            throw new RefusedException("private or link-local address " + address.getHostAddress() + " refused");
        }
    }

    private static boolean uniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 100.64.0.0/10, shared address space that is internal in practice. */
    private static boolean carrierGrade(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }

    /** A fetch refused before any connection was made. */
    public static final class RefusedException extends Exception {
        public RefusedException(String reason) {
            super(reason);
        }
    }
}

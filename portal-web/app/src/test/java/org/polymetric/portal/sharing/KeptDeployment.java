package org.polymetric.portal.sharing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * The Payara Micro managed connector, keeping its server across test classes. That connector
 * starts a Payara Micro JVM in {@code deploy} and kills it in {@code undeploy}, so every class
 * paid a server start (15-20 s); here a class whose archive has the same content as the running
 * one gets the running server's address, {@code undeploy} leaves it running, and only an archive
 * with other content (a class's own {@code @Deployment}) or the end of the suite ({@code stop})
 * stops it. Test classes therefore must not assume a fresh server (see the app's README).
 */
public class KeptDeployment implements DeployableContainer<PayaraMicroContainerConfiguration> {
    private static final Logger LOG = Logger.getLogger(KeptDeployment.class.getName());
    private static final int ANSWER_TIMEOUT_MILLIS = 2_000;

    private final PayaraMicroDeployableContainer server = new PayaraMicroDeployableContainer();
    private Archive<?> running;
    private String runningDigest;
    private ProtocolMetaData runningAddress;

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return server.getConfigurationClass();
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        server.setup(configuration);
    }

    @Override
    public void start() throws LifecycleException {
        server.start();
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return server.getDefaultProtocol();
    }

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String digest = ArchiveDigest.of(archive);
        if (running != null) {
            if (digest.equals(runningDigest) && answers(runningAddress)) {
                LOG.info(() -> "keeping the running server for " + archive.getName() + " (same content)");
                return runningAddress;
            }
            stopRunning();
        }
        ProtocolMetaData address = server.deploy(archive);
        running = archive;
        runningDigest = digest;
        runningAddress = address;
        return address;
    }

    /** Leaves the server running: the next class with the same archive takes it over. */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        try {
            stopRunning();
        } catch (DeploymentException e) {
            throw new LifecycleException("could not stop the kept Payara Micro", e);
        }
        server.stop();
    }

    @Override
    public void deploy(Descriptor descriptor) throws DeploymentException {
        server.deploy(descriptor);
    }

    @Override
    public void undeploy(Descriptor descriptor) throws DeploymentException {
        server.undeploy(descriptor);
    }

    private void stopRunning() throws DeploymentException {
        if (running == null) {
            return;
        }
        Archive<?> archive = running;
        running = null;
        runningDigest = null;
        runningAddress = null;
        server.undeploy(archive);
    }

    /**
     * Whether the kept server still takes connections: a test that killed or broke it must not
     * hand a dead address to the next class, which then gets a server started anew.
     */
    private static boolean answers(ProtocolMetaData address) {
        HTTPContext http = address.getContext(HTTPContext.class);
        if (http == null) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(http.getHost(), http.getPort()), ANSWER_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            LOG.warning(() -> "the kept server at " + http.getHost() + ":" + http.getPort() + " no longer answers; starting anew");
            return false;
        }
    }
}

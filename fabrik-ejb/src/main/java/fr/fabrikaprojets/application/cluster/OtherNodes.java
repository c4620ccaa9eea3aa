package fr.fabrikaprojets.application.cluster;

/** The other nodes of the cluster this server belongs to; none on a single server. */
public interface OtherNodes {

    /** Tells every other node, without waiting for them; a node that does not answer is not waited for either. */
    void tell(NodeNews news);
}

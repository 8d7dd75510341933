package dev.factline.handler;

import dev.factline.http.PublicTimelineSettings;
import dev.factline.service.ClaimService;
import dev.factline.service.Cursors;
import dev.factline.service.SourceService;
import dev.factline.service.TimelineService;
import dev.factline.service.candidates.CandidateService;
import dev.factline.store.FactlineStore;
import dev.factline.store.dynamodb.DynamoDbClients;
import dev.factline.store.dynamodb.DynamoDbFactlineStore;
import dev.factline.store.dynamodb.DynamoDbSettings;
import org.crac.Core;

import java.time.Clock;

/**
 * The production objects, built once per Lambda instance on first use from the environment.
 * A missing or malformed setting fails the instance's init with a message naming it. With
 * SnapStart, {@link Priming} runs once before the snapshot of each published version.
 */
final class Production {

    private Production() {
    }

    private static final class Signing {
        static final Cursors CURSORS = Cursors.fromEnvironment(System.getenv());
    }

    private static final class Store {
        static final FactlineStore INSTANCE = create();
        /** Strongly held: CRaC keeps only weak references to the resources registered with it. */
        static final Priming PRIMING = register(new Priming(INSTANCE));

        private static Priming register(Priming priming) {
            Core.getGlobalContext().register(priming);
            return priming;
        }

        private static FactlineStore create() {
            DynamoDbSettings settings = DynamoDbSettings.fromEnvironment(System.getenv());
            return new DynamoDbFactlineStore(DynamoDbClients.create(settings), settings.tableName());
        }
    }

    static SourceService sourceService() {
        return new SourceService(Store.INSTANCE, Clock.systemUTC());
    }

    static CandidateService candidateService() {
        return new CandidateService(sourceService());
    }

    static ClaimService claimService() {
        return new ClaimService(Store.INSTANCE, Clock.systemUTC(), Signing.CURSORS);
    }

    /** Read on every call: each function instance builds its one timeline handler once. */
    static PublicTimelineSettings publicTimelineSettings() {
        return PublicTimelineSettings.fromEnvironment(System.getenv());
    }

    static TimelineService timelineService() {
        return new TimelineService(Store.INSTANCE, Signing.CURSORS);
    }
}

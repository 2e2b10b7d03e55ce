// Generated from src/sdk/openapi.json by openapi-typescript (emptyObjectsUnknown, i.e.
// `--empty-objects-unknown`). Do not edit: run `npm run generate -- --only=openapi,sdk-types`.
export interface paths {
    "/api/fiches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Fiches
         * @description A page of Fiche documents matching `where`. Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findFiches"];
        put?: never;
        /** Create a Fiche */
        post: operations["createFiche"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fiches/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Fiches
         * @description How many Fiche documents match `where` (what the credentials may read).
         */
        get: operations["countFiches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fiches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Fiche by id
         * @description Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findFicheByID"];
        put?: never;
        post?: never;
        /** Delete a Fiche */
        delete: operations["deleteFicheByID"];
        options?: never;
        head?: never;
        /** Update a Fiche */
        patch: operations["updateFicheByID"];
        trace?: never;
    };
    "/api/kits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Kits
         * @description A page of Kit documents matching `where`. Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findKits"];
        put?: never;
        /** Create a Kit */
        post: operations["createKit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/kits/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Kits
         * @description How many Kit documents match `where` (what the credentials may read).
         */
        get: operations["countKits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/kits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Kit by id
         * @description Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findKitByID"];
        put?: never;
        post?: never;
        /** Delete a Kit */
        delete: operations["deleteKitByID"];
        options?: never;
        head?: never;
        /** Update a Kit */
        patch: operations["updateKitByID"];
        trace?: never;
    };
    "/api/press-articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Press articles
         * @description A page of PressArticle documents matching `where`. Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findPressArticles"];
        put?: never;
        /** Create a PressArticle */
        post: operations["createPressArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/press-articles/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Press articles
         * @description How many PressArticle documents match `where` (what the credentials may read).
         */
        get: operations["countPressArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/press-articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a PressArticle by id
         * @description Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findPressArticleByID"];
        put?: never;
        post?: never;
        /** Delete a PressArticle */
        delete: operations["deletePressArticleByID"];
        options?: never;
        head?: never;
        /** Update a PressArticle */
        patch: operations["updatePressArticleByID"];
        trace?: never;
    };
    "/api/advocacy-contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Advocacy contributions
         * @description A page of AdvocacyContribution documents matching `where`. Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findAdvocacyContributions"];
        put?: never;
        /** Create an AdvocacyContribution */
        post: operations["createAdvocacyContribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/advocacy-contributions/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Advocacy contributions
         * @description How many AdvocacyContribution documents match `where` (what the credentials may read).
         */
        get: operations["countAdvocacyContributions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/advocacy-contributions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an AdvocacyContribution by id
         * @description Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findAdvocacyContributionByID"];
        put?: never;
        post?: never;
        /** Delete an AdvocacyContribution */
        delete: operations["deleteAdvocacyContributionByID"];
        options?: never;
        head?: never;
        /** Update an AdvocacyContribution */
        patch: operations["updateAdvocacyContributionByID"];
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Events
         * @description A page of Event documents matching `where`. Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findEvents"];
        put?: never;
        /** Create an Event */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Events
         * @description How many Event documents match `where` (what the credentials may read).
         */
        get: operations["countEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an Event by id
         * @description Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findEventByID"];
        put?: never;
        post?: never;
        /** Delete an Event */
        delete: operations["deleteEventByID"];
        options?: never;
        head?: never;
        /** Update an Event */
        patch: operations["updateEventByID"];
        trace?: never;
    };
    "/api/news": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Territory news
         * @description A page of NewsItem documents matching `where`. Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findNews"];
        put?: never;
        /** Create a NewsItem */
        post: operations["createNewsItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/news/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Territory news
         * @description How many NewsItem documents match `where` (what the credentials may read).
         */
        get: operations["countNews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/news/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a NewsItem by id
         * @description Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findNewsItemByID"];
        put?: never;
        post?: never;
        /** Delete a NewsItem */
        delete: operations["deleteNewsItemByID"];
        options?: never;
        head?: never;
        /** Update a NewsItem */
        patch: operations["updateNewsItemByID"];
        trace?: never;
    };
    "/api/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Elected official interviews
         * @description A page of Interview documents matching `where`. Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findInterviews"];
        put?: never;
        /** Create an Interview */
        post: operations["createInterview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Elected official interviews
         * @description How many Interview documents match `where` (what the credentials may read).
         */
        get: operations["countInterviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an Interview by id
         * @description Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findInterviewByID"];
        put?: never;
        post?: never;
        /** Delete an Interview */
        delete: operations["deleteInterviewByID"];
        options?: never;
        head?: never;
        /** Update an Interview */
        patch: operations["updateInterviewByID"];
        trace?: never;
    };
    "/api/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Partners
         * @description A page of Partner documents matching `where`. Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findPartners"];
        put?: never;
        /** Create a Partner */
        post: operations["createPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Partners
         * @description How many Partner documents match `where` (what the credentials may read).
         */
        get: operations["countPartners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Partner by id
         * @description Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findPartnerByID"];
        put?: never;
        post?: never;
        /** Delete a Partner */
        delete: operations["deletePartnerByID"];
        options?: never;
        head?: never;
        /** Update a Partner */
        patch: operations["updatePartnerByID"];
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List People
         * @description A page of Person documents matching `where`. Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findPeople"];
        put?: never;
        /** Create a Person */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count People
         * @description How many Person documents match `where` (what the credentials may read).
         */
        get: operations["countPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Person by id
         * @description Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findPersonByID"];
        put?: never;
        post?: never;
        /** Delete a Person */
        delete: operations["deletePersonByID"];
        options?: never;
        head?: never;
        /** Update a Person */
        patch: operations["updatePersonByID"];
        trace?: never;
    };
    "/api/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Themes
         * @description A page of Theme documents matching `where`.
         */
        get: operations["findThemes"];
        put?: never;
        /** Create a Theme */
        post: operations["createTheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/themes/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Themes
         * @description How many Theme documents match `where` (what the credentials may read).
         */
        get: operations["countThemes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/themes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a Theme by id */
        get: operations["findThemeByID"];
        put?: never;
        post?: never;
        /** Delete a Theme */
        delete: operations["deleteThemeByID"];
        options?: never;
        head?: never;
        /** Update a Theme */
        patch: operations["updateThemeByID"];
        trace?: never;
    };
    "/api/territories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Territories
         * @description A page of Territory documents matching `where`.
         */
        get: operations["findTerritories"];
        put?: never;
        /** Create a Territory */
        post: operations["createTerritory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/territories/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Territories
         * @description How many Territory documents match `where` (what the credentials may read).
         */
        get: operations["countTerritories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/territories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a Territory by id */
        get: operations["findTerritoryByID"];
        put?: never;
        post?: never;
        /** Delete a Territory */
        delete: operations["deleteTerritoryByID"];
        options?: never;
        head?: never;
        /** Update a Territory */
        patch: operations["updateTerritoryByID"];
        trace?: never;
    };
    "/api/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Media
         * @description A page of Media documents matching `where`.
         */
        get: operations["findMedias"];
        put?: never;
        /** Create a Media */
        post: operations["createMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/media/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Media
         * @description How many Media documents match `where` (what the credentials may read).
         */
        get: operations["countMedias"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/media/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a Media by id */
        get: operations["findMediaByID"];
        put?: never;
        post?: never;
        /** Delete a Media */
        delete: operations["deleteMediaByID"];
        options?: never;
        head?: never;
        /** Update a Media */
        patch: operations["updateMediaByID"];
        trace?: never;
    };
    "/api/newsletters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Newsletters
         * @description A page of Newsletter documents matching `where`. Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findNewsletters"];
        put?: never;
        /** Create a Newsletter */
        post: operations["createNewsletter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsletters/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Newsletters
         * @description How many Newsletter documents match `where` (what the credentials may read).
         */
        get: operations["countNewsletters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsletters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Newsletter by id
         * @description Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.
         */
        get: operations["findNewsletterByID"];
        put?: never;
        post?: never;
        /** Delete a Newsletter */
        delete: operations["deleteNewsletterByID"];
        options?: never;
        head?: never;
        /** Update a Newsletter */
        patch: operations["updateNewsletterByID"];
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Users
         * @description A page of User documents matching `where`.
         */
        get: operations["findUsers"];
        put?: never;
        /** Create a User */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Users
         * @description How many User documents match `where` (what the credentials may read).
         */
        get: operations["countUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a User by id */
        get: operations["findUserByID"];
        put?: never;
        post?: never;
        /** Delete a User */
        delete: operations["deleteUserByID"];
        options?: never;
        head?: never;
        /** Update a User */
        patch: operations["updateUserByID"];
        trace?: never;
    };
    "/api/users/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in
         * @description Returns a JWT and sets it as an HTTP-only cookie. Repeated failures lock the account for a while.
         */
        post: operations["loginUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out
         * @description Ends the session of the token (or cookie) and clears the cookie.
         */
        post: operations["logoutUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The authenticated user (`user: null` without credentials).
         */
        get: operations["meUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/refresh-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh the token
         * @description A new JWT for the current session, with a new expiry.
         */
        post: operations["refreshTokenUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI document
         * @description The OpenAPI 3.1 description of this API, generated from the content model. The docs page is at `/api/docs`.
         */
        get: operations["getOpenAPIDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delta sync: a snapshot, then every change since a token
         * @description Keeps a mirror of the content in step with RTES.
         *
         *     - **Without `since`**: a snapshot of every document you may read in `collections`, as `upsert` changes,
         *       over as many pages as needed.
         *     - **With `since=<nextToken>`**: every change after that token, oldest first: `upsert` (created,
         *       updated, published: the document as it is now, as `GET /api/<collection>/{id}?depth=0` returns it) or
         *       `delete` (deleted, unpublished, or no longer readable by you, e.g. made members-only). A `delete` may name
         *       a document you never received: ignore it.
         *
         *     Follow pages while `hasMore` is true, each time with the `nextToken` of the previous page; keep the last
         *     `nextToken` and pass it next time. Tokens are opaque and signed; they are bound to the collections and to
         *     the kind of caller (public, member, editor) they were issued to, and never expire.
         */
        get: operations["sync"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full-text search of fiches, kits, press and advocacy
         * @description French full-text search: every word of `q` must match a title or a text (summary, body…), accents, case and
         *     plurals ignored ("economie sociale" finds "Économie sociale"); on SQLite a word also matches the words it begins
         *     ("econ" finds "économie"). Results are ranked (titles weigh most) and hold only what the credentials may read: drafts
         *     and members-only documents are neither returned nor counted for those who may not read them. Filter by collection,
         *     theme and territory (a territory also covers the territories under it, e.g. a région's communes). The best
         *     1000 matches are considered.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/download-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unique downloads per kit, fiche, document or month (editors only)
         * @description Unique downloads of the documents served by `GET /api/downloads/{id}`: one per visitor, document and day
         *     (bots excluded), summed per month, attributed to the fiche and kit that list the document. Grouped by kit, fiche or
         *     document (most downloaded first) or by month (every month of the period, in order). For RTES editors and admins
         *     only: anonymous callers get 401, members and partner keys 403. At most 60 months.
         */
        get: operations["downloadStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsletters/draft-next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draft the next issue of a newsletter series (editors only)
         * @description Creates a draft issue of `series`: the next number, today's date, a title, and as items the documents
         *     published since the previous issue of the series (in the collections newsletters pick from, section by section,
         *     oldest first; for the members-only Flash hebdo members-only documents too, for the other series public ones only).
         *     Editors then reorder, trim, annotate and publish it. Anonymous callers get 401, members and partner keys 403.
         */
        post: operations["draftNextNewsletter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/downloads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a document (counted)
         * @description The link partner sites give for a document (a fiche's or kit's `documents[].file`): it counts one unique
         *     download per visitor, document and day (bots excluded; no IP address or other personal data is kept), then redirects
         *     to the file (`/api/media/file/{filename}`). The same read access as `GET /api/media/{id}`: a members-only document is a
         *     404 without a member's credentials. This answer is never cached (`Cache-Control: no-store`); the file's is.
         */
        get: operations["download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsletters/{id}/html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A newsletter issue as email HTML (and its web version)
         * @description The issue rendered for the caller, ready to hand to an emailing service: HTML compiled from MJML (tables and inline styles for mail clients), also served as the web version the email links to. Links and images are absolute. The same read access as `GET /api/newsletters/{id}`: a draft is a 404 for
         *     anyone but editors, a Flash hebdo issue is a 404 without a member's or an editor's credentials; items the caller may not
         *     read (members-only or unpublished documents) are left out.
         */
        get: operations["newsletterHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/newsletters/{id}/text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A newsletter issue as plain text
         * @description The issue rendered for the caller, ready to hand to an emailing service: the plain-text part of the email. Links and images are absolute. The same read access as `GET /api/newsletters/{id}`: a draft is a 404 for
         *     anyone but editors, a Flash hebdo issue is a 404 without a member's or an editor's credentials; items the caller may not
         *     read (members-only or unpublished documents) are left out.
         */
        get: operations["newsletterText"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    contentChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A public document was published, updated, unpublished or deleted
         * @description RTES POSTs this to the URL of each webhook an admin created, with `X-RTES-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, `X-RTES-Delivery`, `X-RTES-Event` and `X-RTES-Timestamp`. Answer 2xx within 10 s; other answers and timeouts are retried with exponential backoff. `@rtes/sdk` verifies and parses a delivery with `constructWebhookEvent(rawBody, headers, secret)`.
         */
        post: operations["contentChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** Fiche */
        Fiche: {
            id: string;
            title: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /** @enum {string} */
            series: "deniche" | "kit" | "points-de-reperess" | "reperess";
            number?: number | null;
            kit?: (string | null) | components["schemas"]["Kit"];
            /** @enum {string|null} */
            category?: "introductive" | "levier" | "thematique" | null;
            page?: number | null;
            /** @description The corresponding fiche of the previous kit edition (its number may differ). */
            previousEdition?: (string | null) | components["schemas"]["Fiche"];
            /** @description The alt text is the media item’s own (set it in the media library). */
            cover?: (string | null) | components["schemas"]["Media"];
            summary?: string | null;
            body?: {
                root: {
                    type: string;
                    children: ({
                        type: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    })[];
                    direction: ("ltr" | "rtl") | null;
                    /** @enum {string} */
                    format: "left" | "start" | "center" | "right" | "end" | "justify" | "";
                    indent: number;
                    version: number;
                };
            } | null;
            /** @description The body rendered as HTML (REST: `?richText=html`; GraphQL: when selected). */
            bodyHtml?: string | null;
            deniche?: {
                origin?: string | null;
                financing?: string | null;
                website?: string | null;
                /** @description As written on an envelope. */
                address?: string | null;
                localAuthoritiesRole?: string | null;
                keyFigures?: {
                    label: string;
                    value: string;
                    id?: string | null;
                }[] | null;
                contacts?: {
                    name: string;
                    role?: string | null;
                    organisation?: string | null;
                    email?: string | null;
                    phone?: string | null;
                    url?: string | null;
                    id?: string | null;
                }[] | null;
            };
            partners?: (string | components["schemas"]["Partner"])[] | null;
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names. */
            contributors?: {
                /** @enum {string} */
                role: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                person?: (string | null) | components["schemas"]["Person"];
                partner?: (string | null) | components["schemas"]["Partner"];
                /** @description As printed. */
                note?: string | null;
                id?: string | null;
            }[] | null;
            /** @enum {string|null} */
            licence?: "cc-by-nc-nd-4.0" | "cc-by-nc-sa-4.0" | "cc-by-4.0" | "all-rights-reserved" | null;
            /** @description First publication: filled when first published if empty; editable. */
            firstPublishedAt?: string | null;
            /**
             * @description What is known of the date: the day, only the month, only the year.
             * @enum {string|null}
             */
            datePrecision?: "day" | "month" | "year" | null;
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @description To qualify a territory: its role (address, zone of action) and a note ("northern Cantal"). It is added to Territories. */
            territoryDetails?: {
                territory: string | components["schemas"]["Territory"];
                /** @enum {string|null} */
                role?: "zone-of-action" | "address" | "other" | null;
                note?: string | null;
                id?: string | null;
            }[] | null;
            /** @enum {string} */
            visibility: "public" | "members";
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            updatedAt: string;
            createdAt: string;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        FicheSelect: {
            title?: boolean;
            slug?: boolean;
            series?: boolean;
            number?: boolean;
            kit?: boolean;
            category?: boolean;
            page?: boolean;
            previousEdition?: boolean;
            cover?: boolean;
            summary?: boolean;
            body?: boolean;
            bodyHtml?: boolean;
            deniche?: boolean | {
                origin?: boolean;
                financing?: boolean;
                website?: boolean;
                address?: boolean;
                localAuthoritiesRole?: boolean;
                keyFigures?: boolean | {
                    label?: boolean;
                    value?: boolean;
                    id?: boolean;
                };
                contacts?: boolean | {
                    name?: boolean;
                    role?: boolean;
                    organisation?: boolean;
                    email?: boolean;
                    phone?: boolean;
                    url?: boolean;
                    id?: boolean;
                };
            };
            partners?: boolean;
            documents?: boolean | {
                label?: boolean;
                kind?: boolean;
                file?: boolean;
                url?: boolean;
                id?: boolean;
            };
            contributors?: boolean | {
                role?: boolean;
                person?: boolean;
                partner?: boolean;
                note?: boolean;
                id?: boolean;
            };
            licence?: boolean;
            firstPublishedAt?: boolean;
            datePrecision?: boolean;
            revisedAt?: boolean;
            sortDate?: boolean;
            themes?: boolean;
            territories?: boolean;
            territoryDetails?: boolean | {
                territory?: boolean;
                role?: boolean;
                note?: boolean;
                id?: boolean;
            };
            visibility?: boolean;
            searchText?: boolean;
            updatedAt?: boolean;
            createdAt?: boolean;
            _status?: boolean;
        };
        /** Kit */
        Kit: {
            id: string;
            title: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /** @enum {string} */
            level: "municipal" | "departemental" | "regional";
            edition: number;
            version?: string | null;
            printRun?: number | null;
            summary?: string | null;
            /** @description The kit this edition replaces; also link each fiche to its own. */
            previousEdition?: (string | null) | components["schemas"]["Kit"];
            /**
             * @description Whether printed copies exist, and for whom ("Members only": sent to member authorities).
             * @enum {string|null}
             */
            paperEdition?: "none" | "members" | "everyone" | null;
            /** @description The alt text is the media item’s own (set it in the media library). */
            cover?: (string | null) | components["schemas"]["Media"];
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names. */
            contributors?: {
                /** @enum {string} */
                role: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                person?: (string | null) | components["schemas"]["Person"];
                partner?: (string | null) | components["schemas"]["Partner"];
                /** @description As printed. */
                note?: string | null;
                id?: string | null;
            }[] | null;
            fiches?: {
                docs?: (string | components["schemas"]["Fiche"])[];
                hasNextPage?: boolean;
                totalDocs?: number;
            };
            /** @description First publication: filled when first published if empty; editable. */
            firstPublishedAt?: string | null;
            /**
             * @description What is known of the date: the day, only the month, only the year.
             * @enum {string|null}
             */
            datePrecision?: "day" | "month" | "year" | null;
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @enum {string} */
            visibility: "public" | "members";
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            updatedAt: string;
            createdAt: string;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        KitSelect: {
            title?: boolean;
            slug?: boolean;
            level?: boolean;
            edition?: boolean;
            version?: boolean;
            printRun?: boolean;
            summary?: boolean;
            previousEdition?: boolean;
            paperEdition?: boolean;
            cover?: boolean;
            documents?: boolean | {
                label?: boolean;
                kind?: boolean;
                file?: boolean;
                url?: boolean;
                id?: boolean;
            };
            contributors?: boolean | {
                role?: boolean;
                person?: boolean;
                partner?: boolean;
                note?: boolean;
                id?: boolean;
            };
            fiches?: boolean;
            firstPublishedAt?: boolean;
            datePrecision?: boolean;
            revisedAt?: boolean;
            sortDate?: boolean;
            themes?: boolean;
            territories?: boolean;
            visibility?: boolean;
            searchText?: boolean;
            updatedAt?: boolean;
            createdAt?: boolean;
            _status?: boolean;
        };
        /** PressArticle */
        PressArticle: {
            id: string;
            title: string;
            /** @description Filled from the title; editable. */
            slug: string;
            outlet: string;
            author?: string | null;
            /** @description Empty when unknown (precision "Unknown"). */
            date?: string | null;
            /**
             * @description What is known of the date: the day, only the month, only the year, or nothing (leave the date empty).
             * @enum {string}
             */
            datePrecision: "day" | "month" | "year" | "unknown";
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            url?: string | null;
            excerpt?: string | null;
            /** @description The alt text is the media item’s own (set it in the media library). */
            cover?: (string | null) | components["schemas"]["Media"];
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names. */
            contributors?: {
                /** @enum {string} */
                role: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                person?: (string | null) | components["schemas"]["Person"];
                partner?: (string | null) | components["schemas"]["Partner"];
                /** @description As printed. */
                note?: string | null;
                id?: string | null;
            }[] | null;
            /** @enum {string} */
            scope: "national-specialised" | "regional" | "general";
            relatedFiches?: (string | components["schemas"]["Fiche"])[] | null;
            relatedKits?: (string | components["schemas"]["Kit"])[] | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @enum {string} */
            visibility: "public" | "members";
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            updatedAt: string;
            createdAt: string;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        PressArticleSelect: {
            title?: boolean;
            slug?: boolean;
            outlet?: boolean;
            author?: boolean;
            date?: boolean;
            datePrecision?: boolean;
            revisedAt?: boolean;
            sortDate?: boolean;
            url?: boolean;
            excerpt?: boolean;
            cover?: boolean;
            documents?: boolean | {
                label?: boolean;
                kind?: boolean;
                file?: boolean;
                url?: boolean;
                id?: boolean;
            };
            contributors?: boolean | {
                role?: boolean;
                person?: boolean;
                partner?: boolean;
                note?: boolean;
                id?: boolean;
            };
            scope?: boolean;
            relatedFiches?: boolean;
            relatedKits?: boolean;
            themes?: boolean;
            territories?: boolean;
            visibility?: boolean;
            searchText?: boolean;
            updatedAt?: boolean;
            createdAt?: boolean;
            _status?: boolean;
        };
        /** AdvocacyContribution */
        AdvocacyContribution: {
            id: string;
            title: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /** @enum {string} */
            kind: "audition" | "amendment" | "contribution" | "letter" | "press-release" | "bill-proposal" | "declaration" | "tribune" | "appel";
            /** @description Empty when unknown (precision "Unknown"). */
            date?: string | null;
            /**
             * @description What is known of the date: the day, only the month, only the year, or nothing (leave the date empty).
             * @enum {string}
             */
            datePrecision: "day" | "month" | "year" | "unknown";
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            /** @description E.g. a bill or a mission. */
            context: string;
            partners?: (string | components["schemas"]["Partner"])[] | null;
            body?: {
                root: {
                    type: string;
                    children: ({
                        type: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    })[];
                    direction: ("ltr" | "rtl") | null;
                    /** @enum {string} */
                    format: "left" | "start" | "center" | "right" | "end" | "justify" | "";
                    indent: number;
                    version: number;
                };
            } | null;
            /** @description The body rendered as HTML (REST: `?richText=html`; GraphQL: when selected). */
            bodyHtml?: string | null;
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names. */
            contributors?: {
                /** @enum {string} */
                role: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                person?: (string | null) | components["schemas"]["Person"];
                partner?: (string | null) | components["schemas"]["Partner"];
                /** @description As printed. */
                note?: string | null;
                id?: string | null;
            }[] | null;
            outcome?: string | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @enum {string} */
            visibility: "public" | "members";
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            updatedAt: string;
            createdAt: string;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        AdvocacyContributionSelect: {
            title?: boolean;
            slug?: boolean;
            kind?: boolean;
            date?: boolean;
            datePrecision?: boolean;
            revisedAt?: boolean;
            sortDate?: boolean;
            context?: boolean;
            partners?: boolean;
            body?: boolean;
            bodyHtml?: boolean;
            documents?: boolean | {
                label?: boolean;
                kind?: boolean;
                file?: boolean;
                url?: boolean;
                id?: boolean;
            };
            contributors?: boolean | {
                role?: boolean;
                person?: boolean;
                partner?: boolean;
                note?: boolean;
                id?: boolean;
            };
            outcome?: boolean;
            themes?: boolean;
            territories?: boolean;
            visibility?: boolean;
            searchText?: boolean;
            updatedAt?: boolean;
            createdAt?: boolean;
            _status?: boolean;
        };
        /** Event */
        Event: {
            id: string;
            title: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /** @enum {string} */
            kind: "webinar" | "meeting" | "regional-club" | "training" | "fair" | "seminar" | "workshop" | "governance";
            start: string;
            end?: string | null;
            online?: boolean | null;
            place?: string | null;
            participants?: number | null;
            /** @description When the figure is not exact: "over 200 participants". Fill in the number too when known (filters). */
            participantsText?: string | null;
            organisers?: (string | components["schemas"]["Partner"])[] | null;
            speakers?: {
                name: string;
                role?: string | null;
                id?: string | null;
            }[] | null;
            description?: string | null;
            /** @description The alt text is the media item’s own (set it in the media library). */
            cover?: (string | null) | components["schemas"]["Media"];
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names. */
            contributors?: {
                /** @enum {string} */
                role: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                person?: (string | null) | components["schemas"]["Person"];
                partner?: (string | null) | components["schemas"]["Partner"];
                /** @description As printed. */
                note?: string | null;
                id?: string | null;
            }[] | null;
            /**
             * @description What is known of the date: the day, only the month, only the year.
             * @enum {string|null}
             */
            datePrecision?: "day" | "month" | null;
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            replayUrl?: string | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @enum {string} */
            visibility: "public" | "members";
            /** @description The member account that proposed this content. */
            proposedBy?: (string | null) | components["schemas"]["User"];
            /**
             * @description "Accepted" publishes the proposal; "Returned" gives it back to the member with your comment.
             * @enum {string|null}
             */
            reviewStatus?: "draft" | "submitted" | "accepted" | "returned" | null;
            /** @description Read by the member; required to return. */
            reviewComment?: string | null;
            submittedAt?: string | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            updatedAt: string;
            createdAt: string;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        EventSelect: {
            title?: boolean;
            slug?: boolean;
            kind?: boolean;
            start?: boolean;
            end?: boolean;
            online?: boolean;
            place?: boolean;
            participants?: boolean;
            participantsText?: boolean;
            organisers?: boolean;
            speakers?: boolean | {
                name?: boolean;
                role?: boolean;
                id?: boolean;
            };
            description?: boolean;
            cover?: boolean;
            documents?: boolean | {
                label?: boolean;
                kind?: boolean;
                file?: boolean;
                url?: boolean;
                id?: boolean;
            };
            contributors?: boolean | {
                role?: boolean;
                person?: boolean;
                partner?: boolean;
                note?: boolean;
                id?: boolean;
            };
            datePrecision?: boolean;
            revisedAt?: boolean;
            sortDate?: boolean;
            replayUrl?: boolean;
            themes?: boolean;
            territories?: boolean;
            visibility?: boolean;
            proposedBy?: boolean;
            reviewStatus?: boolean;
            reviewComment?: boolean;
            submittedAt?: boolean;
            searchText?: boolean;
            updatedAt?: boolean;
            createdAt?: boolean;
            _status?: boolean;
        };
        /** NewsItem */
        NewsItem: {
            id: string;
            title: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /** @description The alt text is the media item’s own (set it in the media library). */
            cover?: (string | null) | components["schemas"]["Media"];
            summary?: string | null;
            body?: {
                root: {
                    type: string;
                    children: ({
                        type: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    })[];
                    direction: ("ltr" | "rtl") | null;
                    /** @enum {string} */
                    format: "left" | "start" | "center" | "right" | "end" | "justify" | "";
                    indent: number;
                    version: number;
                };
            } | null;
            /** @description The body rendered as HTML (REST: `?richText=html`; GraphQL: when selected). */
            bodyHtml?: string | null;
            links?: {
                label: string;
                url: string;
                id?: string | null;
            }[] | null;
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names. */
            contributors?: {
                /** @enum {string} */
                role: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                person?: (string | null) | components["schemas"]["Person"];
                partner?: (string | null) | components["schemas"]["Partner"];
                /** @description As printed. */
                note?: string | null;
                id?: string | null;
            }[] | null;
            /** @description First publication: filled when first published if empty; editable. */
            firstPublishedAt?: string | null;
            /**
             * @description What is known of the date: the day, only the month, only the year.
             * @enum {string|null}
             */
            datePrecision?: "day" | "month" | "year" | null;
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @enum {string} */
            visibility: "public" | "members";
            /** @description The member account that proposed this content. */
            proposedBy?: (string | null) | components["schemas"]["User"];
            /**
             * @description "Accepted" publishes the proposal; "Returned" gives it back to the member with your comment.
             * @enum {string|null}
             */
            reviewStatus?: "draft" | "submitted" | "accepted" | "returned" | null;
            /** @description Read by the member; required to return. */
            reviewComment?: string | null;
            submittedAt?: string | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            updatedAt: string;
            createdAt: string;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        NewsItemSelect: {
            title?: boolean;
            slug?: boolean;
            cover?: boolean;
            summary?: boolean;
            body?: boolean;
            bodyHtml?: boolean;
            links?: boolean | {
                label?: boolean;
                url?: boolean;
                id?: boolean;
            };
            documents?: boolean | {
                label?: boolean;
                kind?: boolean;
                file?: boolean;
                url?: boolean;
                id?: boolean;
            };
            contributors?: boolean | {
                role?: boolean;
                person?: boolean;
                partner?: boolean;
                note?: boolean;
                id?: boolean;
            };
            firstPublishedAt?: boolean;
            datePrecision?: boolean;
            revisedAt?: boolean;
            sortDate?: boolean;
            themes?: boolean;
            territories?: boolean;
            visibility?: boolean;
            proposedBy?: boolean;
            reviewStatus?: boolean;
            reviewComment?: boolean;
            submittedAt?: boolean;
            searchText?: boolean;
            updatedAt?: boolean;
            createdAt?: boolean;
            _status?: boolean;
        };
        /** Interview */
        Interview: {
            id: string;
            title: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /** @description The person, their mandate at the time and their authority (added to Territories). */
            officials?: {
                person: string | components["schemas"]["Person"];
                authority?: (string | null) | components["schemas"]["Territory"];
                mandate?: string | null;
                id?: string | null;
            }[] | null;
            /** @description The alt text is the media item’s own (set it in the media library). */
            portrait?: (string | null) | components["schemas"]["Media"];
            summary?: string | null;
            questions?: {
                question: string;
                answer?: {
                    root: {
                        type: string;
                        children: ({
                            type: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                        direction: ("ltr" | "rtl") | null;
                        /** @enum {string} */
                        format: "left" | "start" | "center" | "right" | "end" | "justify" | "";
                        indent: number;
                        version: number;
                    };
                } | null;
                id?: string | null;
            }[] | null;
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description First publication: filled when first published if empty; editable. */
            firstPublishedAt?: string | null;
            /**
             * @description What is known of the date: the day, only the month, only the year.
             * @enum {string|null}
             */
            datePrecision?: "day" | "month" | "year" | null;
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @enum {string} */
            visibility: "public" | "members";
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            updatedAt: string;
            createdAt: string;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        InterviewSelect: {
            title?: boolean;
            slug?: boolean;
            officials?: boolean | {
                person?: boolean;
                authority?: boolean;
                mandate?: boolean;
                id?: boolean;
            };
            portrait?: boolean;
            summary?: boolean;
            questions?: boolean | {
                question?: boolean;
                answer?: boolean;
                id?: boolean;
            };
            documents?: boolean | {
                label?: boolean;
                kind?: boolean;
                file?: boolean;
                url?: boolean;
                id?: boolean;
            };
            firstPublishedAt?: boolean;
            datePrecision?: boolean;
            revisedAt?: boolean;
            sortDate?: boolean;
            themes?: boolean;
            territories?: boolean;
            visibility?: boolean;
            searchText?: boolean;
            updatedAt?: boolean;
            createdAt?: boolean;
            _status?: boolean;
        };
        /** Partner */
        Partner: {
            id: string;
            name: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /** @enum {string} */
            kind: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
            logo?: (string | null) | components["schemas"]["Media"];
            website?: string | null;
            region?: string | null;
            description?: string | null;
            agreements?: {
                title: string;
                startYear: number;
                endYear?: number | null;
                axes?: {
                    axis: string;
                    id?: string | null;
                }[] | null;
                id?: string | null;
            }[] | null;
            active?: boolean | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            updatedAt: string;
            createdAt: string;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        PartnerSelect: {
            name?: boolean;
            slug?: boolean;
            kind?: boolean;
            logo?: boolean;
            website?: boolean;
            region?: boolean;
            description?: boolean;
            agreements?: boolean | {
                title?: boolean;
                startYear?: boolean;
                endYear?: boolean;
                axes?: boolean | {
                    axis?: boolean;
                    id?: boolean;
                };
                id?: boolean;
            };
            active?: boolean;
            searchText?: boolean;
            updatedAt?: boolean;
            createdAt?: boolean;
            _status?: boolean;
        };
        /** Person */
        Person: {
            id: string;
            /** @description First and last name, as printed. */
            name: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /** @description E.g. "Mayor of Grenoble". */
            position?: string | null;
            organisation?: string | null;
            /** @description The organisation, when it is a partner. */
            partner?: (string | null) | components["schemas"]["Partner"];
            /** @description For an elected official: their local authority. */
            territory?: (string | null) | components["schemas"]["Territory"];
            website?: string | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            updatedAt: string;
            createdAt: string;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        PersonSelect: {
            name?: boolean;
            slug?: boolean;
            position?: boolean;
            organisation?: boolean;
            partner?: boolean;
            territory?: boolean;
            website?: boolean;
            searchText?: boolean;
            updatedAt?: boolean;
            createdAt?: boolean;
            _status?: boolean;
        };
        /** Theme */
        Theme: {
            id: string;
            title: string;
            /** @description Filled from the title; editable. */
            slug: string;
            description?: string | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            updatedAt: string;
            createdAt: string;
        };
        ThemeSelect: {
            title?: boolean;
            slug?: boolean;
            description?: boolean;
            searchText?: boolean;
            updatedAt?: boolean;
            createdAt?: boolean;
        };
        /** Territory */
        Territory: {
            id: string;
            name: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /**
             * @description From local to national; "National" for the whole of France.
             * @enum {string}
             */
            kind: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
            parent?: (string | null) | components["schemas"]["Territory"];
            isMember?: boolean | null;
            memberSince?: number | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            updatedAt: string;
            createdAt: string;
        };
        TerritorySelect: {
            name?: boolean;
            slug?: boolean;
            kind?: boolean;
            parent?: boolean;
            isMember?: boolean;
            memberSince?: boolean;
            searchText?: boolean;
            updatedAt?: boolean;
            createdAt?: boolean;
        };
        /** Media */
        Media: {
            id: string;
            /** @description Required for an image: what it shows, for screen readers. Not needed for a PDF. */
            alt?: string | null;
            credit?: string | null;
            /** @enum {string} */
            visibility: "public" | "members";
            /** @description Ready-made `srcset` attributes per kind (`card` 3:2, `hero`) and format (AVIF, WebP); null when no such size exists. */
            srcsets?: {
                card: {
                    avif: string | null;
                    webp: string | null;
                };
                hero: {
                    avif: string | null;
                    webp: string | null;
                };
            };
            updatedAt: string;
            createdAt: string;
            url?: string | null;
            thumbnailURL?: string | null;
            filename?: string | null;
            mimeType?: string | null;
            filesize?: number | null;
            width?: number | null;
            height?: number | null;
            focalX?: number | null;
            focalY?: number | null;
            sizes?: {
                thumbnail?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                card480Avif?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                card480Webp?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                card960Avif?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                card960Webp?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                hero1280Avif?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                hero1280Webp?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                hero1920Avif?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                hero1920Webp?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
            };
        };
        MediaSelect: {
            alt?: boolean;
            credit?: boolean;
            visibility?: boolean;
            srcsets?: boolean;
            updatedAt?: boolean;
            createdAt?: boolean;
            url?: boolean;
            thumbnailURL?: boolean;
            filename?: boolean;
            mimeType?: boolean;
            filesize?: boolean;
            width?: boolean;
            height?: boolean;
            focalX?: boolean;
            focalY?: boolean;
            sizes?: boolean | {
                thumbnail?: boolean | {
                    url?: boolean;
                    width?: boolean;
                    height?: boolean;
                    mimeType?: boolean;
                    filesize?: boolean;
                    filename?: boolean;
                };
                card480Avif?: boolean | {
                    url?: boolean;
                    width?: boolean;
                    height?: boolean;
                    mimeType?: boolean;
                    filesize?: boolean;
                    filename?: boolean;
                };
                card480Webp?: boolean | {
                    url?: boolean;
                    width?: boolean;
                    height?: boolean;
                    mimeType?: boolean;
                    filesize?: boolean;
                    filename?: boolean;
                };
                card960Avif?: boolean | {
                    url?: boolean;
                    width?: boolean;
                    height?: boolean;
                    mimeType?: boolean;
                    filesize?: boolean;
                    filename?: boolean;
                };
                card960Webp?: boolean | {
                    url?: boolean;
                    width?: boolean;
                    height?: boolean;
                    mimeType?: boolean;
                    filesize?: boolean;
                    filename?: boolean;
                };
                hero1280Avif?: boolean | {
                    url?: boolean;
                    width?: boolean;
                    height?: boolean;
                    mimeType?: boolean;
                    filesize?: boolean;
                    filename?: boolean;
                };
                hero1280Webp?: boolean | {
                    url?: boolean;
                    width?: boolean;
                    height?: boolean;
                    mimeType?: boolean;
                    filesize?: boolean;
                    filename?: boolean;
                };
                hero1920Avif?: boolean | {
                    url?: boolean;
                    width?: boolean;
                    height?: boolean;
                    mimeType?: boolean;
                    filesize?: boolean;
                    filename?: boolean;
                };
                hero1920Webp?: boolean | {
                    url?: boolean;
                    width?: boolean;
                    height?: boolean;
                    mimeType?: boolean;
                    filesize?: boolean;
                    filename?: boolean;
                };
            };
        };
        /**
         * Newsletter
         * @description Newsletter, members-only weekly flash and urban policy letter. Email version: /api/newsletters/<id>/html and /text.
         */
        Newsletter: {
            id: string;
            title: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /**
             * @description The weekly flash is members-only.
             * @enum {string}
             */
            series: "lettre-electronique" | "flash-hebdo" | "politique-de-la-ville";
            number: number;
            date: string;
            /** @description Shown by mail clients after the subject; also the feed summary. */
            preheader?: string | null;
            intro?: {
                root: {
                    type: string;
                    children: ({
                        type: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    })[];
                    direction: ("ltr" | "rtl") | null;
                    /** @enum {string} */
                    format: "left" | "start" | "center" | "right" | "end" | "justify" | "";
                    indent: number;
                    version: number;
                };
            } | null;
            /** @description In the letter’s order. Only published content the reader may see is rendered. */
            items?: {
                doc: {
                    /** @constant */
                    relationTo: "news";
                    value: string | components["schemas"]["NewsItem"];
                } | {
                    /** @constant */
                    relationTo: "interviews";
                    value: string | components["schemas"]["Interview"];
                } | {
                    /** @constant */
                    relationTo: "events";
                    value: string | components["schemas"]["Event"];
                } | {
                    /** @constant */
                    relationTo: "fiches";
                    value: string | components["schemas"]["Fiche"];
                } | {
                    /** @constant */
                    relationTo: "kits";
                    value: string | components["schemas"]["Kit"];
                } | {
                    /** @constant */
                    relationTo: "press-articles";
                    value: string | components["schemas"]["PressArticle"];
                } | {
                    /** @constant */
                    relationTo: "advocacy-contributions";
                    value: string | components["schemas"]["AdvocacyContribution"];
                };
                note?: string | null;
                id?: string | null;
            }[] | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            updatedAt: string;
            createdAt: string;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        NewsletterSelect: {
            title?: boolean;
            slug?: boolean;
            series?: boolean;
            number?: boolean;
            date?: boolean;
            preheader?: boolean;
            intro?: boolean;
            items?: boolean | {
                doc?: boolean;
                note?: boolean;
                id?: boolean;
            };
            searchText?: boolean;
            updatedAt?: boolean;
            createdAt?: boolean;
            _status?: boolean;
        };
        /** User */
        User: {
            id: string;
            name?: string | null;
            /** @enum {string|null} */
            role?: "admin" | "editor" | "member" | "partner" | null;
            /** @description For a member account: the authority it proposes news and events for. */
            authority?: (string | null) | components["schemas"]["Territory"];
            updatedAt: string;
            createdAt: string;
            enableAPIKey?: boolean | null;
            apiKey?: string | null;
            hasAPIKey?: boolean | null;
            email: string;
            sessions?: {
                id: string;
                createdAt?: string | null;
                expiresAt: string;
            }[] | null;
            /** @enum {string} */
            collection: "users";
        };
        UserSelect: {
            name?: boolean;
            role?: boolean;
            authority?: boolean;
            updatedAt?: boolean;
            createdAt?: boolean;
            enableAPIKey?: boolean;
            apiKey?: boolean;
            hasAPIKey?: boolean;
            email?: boolean;
            sessions?: boolean | {
                id?: boolean;
                createdAt?: boolean;
                expiresAt?: boolean;
            };
        };
        /** @description A page of Fiche documents. */
        FicheList: {
            docs: components["schemas"]["Fiche"][];
            totalDocs: number;
            limit: number;
            totalPages: number;
            page: number;
            /** @description Position of the first document of this page, from 1. */
            pagingCounter: number;
            hasPrevPage: boolean;
            hasNextPage: boolean;
            prevPage: number | null;
            nextPage: number | null;
        };
        FicheMutation: {
            doc: components["schemas"]["Fiche"];
            message: string;
        };
        /** @description Filters on fiches: `where[<field>][<operator>]=<value>`, dotted paths for nested fields and for the fields of related documents (`themes.slug`), combined with `and` / `or`. */
        FicheWhere: {
            id?: components["schemas"]["WhereId"];
            title?: components["schemas"]["WhereText"];
            slug?: components["schemas"]["WhereText"];
            series?: {
                /** @enum {string} */
                equals?: "deniche" | "kit" | "points-de-reperess" | "reperess";
                /** @enum {string} */
                not_equals?: "deniche" | "kit" | "points-de-reperess" | "reperess";
                in?: ("deniche" | "kit" | "points-de-reperess" | "reperess")[] | string;
                not_in?: ("deniche" | "kit" | "points-de-reperess" | "reperess")[] | string;
                exists?: boolean;
            };
            number?: components["schemas"]["WhereNumber"];
            kit?: components["schemas"]["WhereId"];
            "kit.title"?: components["schemas"]["WhereText"];
            "kit.slug"?: components["schemas"]["WhereText"];
            "kit.level"?: {
                /** @enum {string} */
                equals?: "municipal" | "departemental" | "regional";
                /** @enum {string} */
                not_equals?: "municipal" | "departemental" | "regional";
                in?: ("municipal" | "departemental" | "regional")[] | string;
                not_in?: ("municipal" | "departemental" | "regional")[] | string;
                exists?: boolean;
            };
            "kit.edition"?: components["schemas"]["WhereNumber"];
            "kit.version"?: components["schemas"]["WhereText"];
            "kit.printRun"?: components["schemas"]["WhereNumber"];
            "kit.summary"?: components["schemas"]["WhereText"];
            "kit.previousEdition"?: components["schemas"]["WhereId"];
            "kit.paperEdition"?: {
                /** @enum {string} */
                equals?: "none" | "members" | "everyone";
                /** @enum {string} */
                not_equals?: "none" | "members" | "everyone";
                in?: ("none" | "members" | "everyone")[] | string;
                not_in?: ("none" | "members" | "everyone")[] | string;
                exists?: boolean;
            };
            "kit.cover"?: components["schemas"]["WhereId"];
            "kit.firstPublishedAt"?: components["schemas"]["WhereDate"];
            "kit.datePrecision"?: {
                /** @enum {string} */
                equals?: "day" | "month" | "year";
                /** @enum {string} */
                not_equals?: "day" | "month" | "year";
                in?: ("day" | "month" | "year")[] | string;
                not_in?: ("day" | "month" | "year")[] | string;
                exists?: boolean;
            };
            "kit.revisedAt"?: components["schemas"]["WhereDate"];
            "kit.sortDate"?: components["schemas"]["WhereDate"];
            "kit.themes"?: components["schemas"]["WhereId"];
            "kit.territories"?: components["schemas"]["WhereId"];
            "kit.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "kit.searchText"?: components["schemas"]["WhereText"];
            "kit.updatedAt"?: components["schemas"]["WhereDate"];
            "kit.createdAt"?: components["schemas"]["WhereDate"];
            "kit._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            category?: {
                /** @enum {string} */
                equals?: "introductive" | "levier" | "thematique";
                /** @enum {string} */
                not_equals?: "introductive" | "levier" | "thematique";
                in?: ("introductive" | "levier" | "thematique")[] | string;
                not_in?: ("introductive" | "levier" | "thematique")[] | string;
                exists?: boolean;
            };
            page?: components["schemas"]["WhereNumber"];
            previousEdition?: components["schemas"]["WhereId"];
            "previousEdition.title"?: components["schemas"]["WhereText"];
            "previousEdition.slug"?: components["schemas"]["WhereText"];
            "previousEdition.series"?: {
                /** @enum {string} */
                equals?: "deniche" | "kit" | "points-de-reperess" | "reperess";
                /** @enum {string} */
                not_equals?: "deniche" | "kit" | "points-de-reperess" | "reperess";
                in?: ("deniche" | "kit" | "points-de-reperess" | "reperess")[] | string;
                not_in?: ("deniche" | "kit" | "points-de-reperess" | "reperess")[] | string;
                exists?: boolean;
            };
            "previousEdition.number"?: components["schemas"]["WhereNumber"];
            "previousEdition.kit"?: components["schemas"]["WhereId"];
            "previousEdition.category"?: {
                /** @enum {string} */
                equals?: "introductive" | "levier" | "thematique";
                /** @enum {string} */
                not_equals?: "introductive" | "levier" | "thematique";
                in?: ("introductive" | "levier" | "thematique")[] | string;
                not_in?: ("introductive" | "levier" | "thematique")[] | string;
                exists?: boolean;
            };
            "previousEdition.page"?: components["schemas"]["WhereNumber"];
            "previousEdition.previousEdition"?: components["schemas"]["WhereId"];
            "previousEdition.cover"?: components["schemas"]["WhereId"];
            "previousEdition.summary"?: components["schemas"]["WhereText"];
            "previousEdition.partners"?: components["schemas"]["WhereId"];
            "previousEdition.licence"?: {
                /** @enum {string} */
                equals?: "cc-by-nc-nd-4.0" | "cc-by-nc-sa-4.0" | "cc-by-4.0" | "all-rights-reserved";
                /** @enum {string} */
                not_equals?: "cc-by-nc-nd-4.0" | "cc-by-nc-sa-4.0" | "cc-by-4.0" | "all-rights-reserved";
                in?: ("cc-by-nc-nd-4.0" | "cc-by-nc-sa-4.0" | "cc-by-4.0" | "all-rights-reserved")[] | string;
                not_in?: ("cc-by-nc-nd-4.0" | "cc-by-nc-sa-4.0" | "cc-by-4.0" | "all-rights-reserved")[] | string;
                exists?: boolean;
            };
            "previousEdition.firstPublishedAt"?: components["schemas"]["WhereDate"];
            "previousEdition.datePrecision"?: {
                /** @enum {string} */
                equals?: "day" | "month" | "year";
                /** @enum {string} */
                not_equals?: "day" | "month" | "year";
                in?: ("day" | "month" | "year")[] | string;
                not_in?: ("day" | "month" | "year")[] | string;
                exists?: boolean;
            };
            "previousEdition.revisedAt"?: components["schemas"]["WhereDate"];
            "previousEdition.sortDate"?: components["schemas"]["WhereDate"];
            "previousEdition.themes"?: components["schemas"]["WhereId"];
            "previousEdition.territories"?: components["schemas"]["WhereId"];
            "previousEdition.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "previousEdition.searchText"?: components["schemas"]["WhereText"];
            "previousEdition.updatedAt"?: components["schemas"]["WhereDate"];
            "previousEdition.createdAt"?: components["schemas"]["WhereDate"];
            "previousEdition._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            cover?: components["schemas"]["WhereId"];
            "cover.alt"?: components["schemas"]["WhereText"];
            "cover.credit"?: components["schemas"]["WhereText"];
            "cover.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "cover.updatedAt"?: components["schemas"]["WhereDate"];
            "cover.createdAt"?: components["schemas"]["WhereDate"];
            "cover.url"?: components["schemas"]["WhereText"];
            "cover.thumbnailURL"?: components["schemas"]["WhereText"];
            "cover.filename"?: components["schemas"]["WhereText"];
            "cover.mimeType"?: components["schemas"]["WhereText"];
            "cover.filesize"?: components["schemas"]["WhereNumber"];
            "cover.width"?: components["schemas"]["WhereNumber"];
            "cover.height"?: components["schemas"]["WhereNumber"];
            "cover.focalX"?: components["schemas"]["WhereNumber"];
            "cover.focalY"?: components["schemas"]["WhereNumber"];
            summary?: components["schemas"]["WhereText"];
            body?: components["schemas"]["WhereRichText"];
            "deniche.origin"?: components["schemas"]["WhereText"];
            "deniche.financing"?: components["schemas"]["WhereText"];
            "deniche.website"?: components["schemas"]["WhereText"];
            "deniche.address"?: components["schemas"]["WhereText"];
            "deniche.localAuthoritiesRole"?: components["schemas"]["WhereText"];
            "deniche.keyFigures.label"?: components["schemas"]["WhereText"];
            "deniche.keyFigures.value"?: components["schemas"]["WhereText"];
            "deniche.keyFigures.id"?: components["schemas"]["WhereText"];
            "deniche.contacts.name"?: components["schemas"]["WhereText"];
            "deniche.contacts.role"?: components["schemas"]["WhereText"];
            "deniche.contacts.organisation"?: components["schemas"]["WhereText"];
            "deniche.contacts.email"?: components["schemas"]["WhereText"];
            "deniche.contacts.phone"?: components["schemas"]["WhereText"];
            "deniche.contacts.url"?: components["schemas"]["WhereText"];
            "deniche.contacts.id"?: components["schemas"]["WhereText"];
            partners?: components["schemas"]["WhereId"];
            "partners.name"?: components["schemas"]["WhereText"];
            "partners.slug"?: components["schemas"]["WhereText"];
            "partners.kind"?: {
                /** @enum {string} */
                equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                /** @enum {string} */
                not_equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                not_in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                exists?: boolean;
            };
            "partners.logo"?: components["schemas"]["WhereId"];
            "partners.website"?: components["schemas"]["WhereText"];
            "partners.region"?: components["schemas"]["WhereText"];
            "partners.description"?: components["schemas"]["WhereText"];
            "partners.active"?: components["schemas"]["WhereBoolean"];
            "partners.searchText"?: components["schemas"]["WhereText"];
            "partners.updatedAt"?: components["schemas"]["WhereDate"];
            "partners.createdAt"?: components["schemas"]["WhereDate"];
            "partners._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            "documents.label"?: components["schemas"]["WhereText"];
            "documents.kind"?: {
                /** @enum {string} */
                equals?: "web" | "pdf" | "print" | "other";
                /** @enum {string} */
                not_equals?: "web" | "pdf" | "print" | "other";
                in?: ("web" | "pdf" | "print" | "other")[] | string;
                not_in?: ("web" | "pdf" | "print" | "other")[] | string;
                exists?: boolean;
            };
            "documents.file"?: components["schemas"]["WhereId"];
            "documents.file.alt"?: components["schemas"]["WhereText"];
            "documents.file.credit"?: components["schemas"]["WhereText"];
            "documents.file.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "documents.file.updatedAt"?: components["schemas"]["WhereDate"];
            "documents.file.createdAt"?: components["schemas"]["WhereDate"];
            "documents.file.url"?: components["schemas"]["WhereText"];
            "documents.file.thumbnailURL"?: components["schemas"]["WhereText"];
            "documents.file.filename"?: components["schemas"]["WhereText"];
            "documents.file.mimeType"?: components["schemas"]["WhereText"];
            "documents.file.filesize"?: components["schemas"]["WhereNumber"];
            "documents.file.width"?: components["schemas"]["WhereNumber"];
            "documents.file.height"?: components["schemas"]["WhereNumber"];
            "documents.file.focalX"?: components["schemas"]["WhereNumber"];
            "documents.file.focalY"?: components["schemas"]["WhereNumber"];
            "documents.url"?: components["schemas"]["WhereText"];
            "documents.id"?: components["schemas"]["WhereText"];
            "contributors.role"?: {
                /** @enum {string} */
                equals?: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                /** @enum {string} */
                not_equals?: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                in?: ("signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host")[] | string;
                not_in?: ("signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host")[] | string;
                exists?: boolean;
            };
            "contributors.person"?: components["schemas"]["WhereId"];
            "contributors.person.name"?: components["schemas"]["WhereText"];
            "contributors.person.slug"?: components["schemas"]["WhereText"];
            "contributors.person.position"?: components["schemas"]["WhereText"];
            "contributors.person.organisation"?: components["schemas"]["WhereText"];
            "contributors.person.partner"?: components["schemas"]["WhereId"];
            "contributors.person.territory"?: components["schemas"]["WhereId"];
            "contributors.person.website"?: components["schemas"]["WhereText"];
            "contributors.person.searchText"?: components["schemas"]["WhereText"];
            "contributors.person.updatedAt"?: components["schemas"]["WhereDate"];
            "contributors.person.createdAt"?: components["schemas"]["WhereDate"];
            "contributors.person._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            "contributors.partner"?: components["schemas"]["WhereId"];
            "contributors.partner.name"?: components["schemas"]["WhereText"];
            "contributors.partner.slug"?: components["schemas"]["WhereText"];
            "contributors.partner.kind"?: {
                /** @enum {string} */
                equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                /** @enum {string} */
                not_equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                not_in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                exists?: boolean;
            };
            "contributors.partner.logo"?: components["schemas"]["WhereId"];
            "contributors.partner.website"?: components["schemas"]["WhereText"];
            "contributors.partner.region"?: components["schemas"]["WhereText"];
            "contributors.partner.description"?: components["schemas"]["WhereText"];
            "contributors.partner.active"?: components["schemas"]["WhereBoolean"];
            "contributors.partner.searchText"?: components["schemas"]["WhereText"];
            "contributors.partner.updatedAt"?: components["schemas"]["WhereDate"];
            "contributors.partner.createdAt"?: components["schemas"]["WhereDate"];
            "contributors.partner._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            "contributors.note"?: components["schemas"]["WhereText"];
            "contributors.id"?: components["schemas"]["WhereText"];
            licence?: {
                /** @enum {string} */
                equals?: "cc-by-nc-nd-4.0" | "cc-by-nc-sa-4.0" | "cc-by-4.0" | "all-rights-reserved";
                /** @enum {string} */
                not_equals?: "cc-by-nc-nd-4.0" | "cc-by-nc-sa-4.0" | "cc-by-4.0" | "all-rights-reserved";
                in?: ("cc-by-nc-nd-4.0" | "cc-by-nc-sa-4.0" | "cc-by-4.0" | "all-rights-reserved")[] | string;
                not_in?: ("cc-by-nc-nd-4.0" | "cc-by-nc-sa-4.0" | "cc-by-4.0" | "all-rights-reserved")[] | string;
                exists?: boolean;
            };
            firstPublishedAt?: components["schemas"]["WhereDate"];
            datePrecision?: {
                /** @enum {string} */
                equals?: "day" | "month" | "year";
                /** @enum {string} */
                not_equals?: "day" | "month" | "year";
                in?: ("day" | "month" | "year")[] | string;
                not_in?: ("day" | "month" | "year")[] | string;
                exists?: boolean;
            };
            revisedAt?: components["schemas"]["WhereDate"];
            sortDate?: components["schemas"]["WhereDate"];
            themes?: components["schemas"]["WhereId"];
            "themes.title"?: components["schemas"]["WhereText"];
            "themes.slug"?: components["schemas"]["WhereText"];
            "themes.description"?: components["schemas"]["WhereText"];
            "themes.searchText"?: components["schemas"]["WhereText"];
            "themes.updatedAt"?: components["schemas"]["WhereDate"];
            "themes.createdAt"?: components["schemas"]["WhereDate"];
            territories?: components["schemas"]["WhereId"];
            "territories.name"?: components["schemas"]["WhereText"];
            "territories.slug"?: components["schemas"]["WhereText"];
            "territories.kind"?: {
                /** @enum {string} */
                equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                /** @enum {string} */
                not_equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                not_in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                exists?: boolean;
            };
            "territories.parent"?: components["schemas"]["WhereId"];
            "territories.isMember"?: components["schemas"]["WhereBoolean"];
            "territories.memberSince"?: components["schemas"]["WhereNumber"];
            "territories.searchText"?: components["schemas"]["WhereText"];
            "territories.updatedAt"?: components["schemas"]["WhereDate"];
            "territories.createdAt"?: components["schemas"]["WhereDate"];
            "territoryDetails.territory"?: components["schemas"]["WhereId"];
            "territoryDetails.territory.name"?: components["schemas"]["WhereText"];
            "territoryDetails.territory.slug"?: components["schemas"]["WhereText"];
            "territoryDetails.territory.kind"?: {
                /** @enum {string} */
                equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                /** @enum {string} */
                not_equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                not_in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                exists?: boolean;
            };
            "territoryDetails.territory.parent"?: components["schemas"]["WhereId"];
            "territoryDetails.territory.isMember"?: components["schemas"]["WhereBoolean"];
            "territoryDetails.territory.memberSince"?: components["schemas"]["WhereNumber"];
            "territoryDetails.territory.searchText"?: components["schemas"]["WhereText"];
            "territoryDetails.territory.updatedAt"?: components["schemas"]["WhereDate"];
            "territoryDetails.territory.createdAt"?: components["schemas"]["WhereDate"];
            "territoryDetails.role"?: {
                /** @enum {string} */
                equals?: "zone-of-action" | "address" | "other";
                /** @enum {string} */
                not_equals?: "zone-of-action" | "address" | "other";
                in?: ("zone-of-action" | "address" | "other")[] | string;
                not_in?: ("zone-of-action" | "address" | "other")[] | string;
                exists?: boolean;
            };
            "territoryDetails.note"?: components["schemas"]["WhereText"];
            "territoryDetails.id"?: components["schemas"]["WhereText"];
            visibility?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            searchText?: components["schemas"]["WhereText"];
            updatedAt?: components["schemas"]["WhereDate"];
            createdAt?: components["schemas"]["WhereDate"];
            _status?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            and?: components["schemas"]["FicheWhere"][];
            or?: components["schemas"]["FicheWhere"][];
        };
        /** @description A field to sort by (`-field` for descending), or several in order of precedence. */
        FicheSort: ("id" | "-id" | "title" | "-title" | "slug" | "-slug" | "series" | "-series" | "number" | "-number" | "kit" | "-kit" | "category" | "-category" | "page" | "-page" | "previousEdition" | "-previousEdition" | "cover" | "-cover" | "summary" | "-summary" | "deniche.origin" | "-deniche.origin" | "deniche.financing" | "-deniche.financing" | "deniche.website" | "-deniche.website" | "deniche.address" | "-deniche.address" | "deniche.localAuthoritiesRole" | "-deniche.localAuthoritiesRole" | "licence" | "-licence" | "firstPublishedAt" | "-firstPublishedAt" | "datePrecision" | "-datePrecision" | "revisedAt" | "-revisedAt" | "sortDate" | "-sortDate" | "visibility" | "-visibility" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status") | ("id" | "-id" | "title" | "-title" | "slug" | "-slug" | "series" | "-series" | "number" | "-number" | "kit" | "-kit" | "category" | "-category" | "page" | "-page" | "previousEdition" | "-previousEdition" | "cover" | "-cover" | "summary" | "-summary" | "deniche.origin" | "-deniche.origin" | "deniche.financing" | "-deniche.financing" | "deniche.website" | "-deniche.website" | "deniche.address" | "-deniche.address" | "deniche.localAuthoritiesRole" | "-deniche.localAuthoritiesRole" | "licence" | "-licence" | "firstPublishedAt" | "-firstPublishedAt" | "datePrecision" | "-datePrecision" | "revisedAt" | "-revisedAt" | "sortDate" | "-sortDate" | "visibility" | "-visibility" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status")[];
        FicheCreate: {
            title: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /** @enum {string} */
            series: "deniche" | "kit" | "points-de-reperess" | "reperess";
            number?: number | null;
            kit?: (string | null) | components["schemas"]["Kit"];
            /** @enum {string|null} */
            category?: "introductive" | "levier" | "thematique" | null;
            page?: number | null;
            /** @description The corresponding fiche of the previous kit edition (its number may differ). */
            previousEdition?: (string | null) | components["schemas"]["Fiche"];
            /** @description The alt text is the media item’s own (set it in the media library). */
            cover?: (string | null) | components["schemas"]["Media"];
            summary?: string | null;
            body?: {
                root: {
                    type: string;
                    children: ({
                        type: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    })[];
                    direction: ("ltr" | "rtl") | null;
                    /** @enum {string} */
                    format: "left" | "start" | "center" | "right" | "end" | "justify" | "";
                    indent: number;
                    version: number;
                };
            } | null;
            deniche?: {
                origin?: string | null;
                financing?: string | null;
                website?: string | null;
                /** @description As written on an envelope. */
                address?: string | null;
                localAuthoritiesRole?: string | null;
                keyFigures?: {
                    label: string;
                    value: string;
                    id?: string | null;
                }[] | null;
                contacts?: {
                    name: string;
                    role?: string | null;
                    organisation?: string | null;
                    email?: string | null;
                    phone?: string | null;
                    url?: string | null;
                    id?: string | null;
                }[] | null;
            };
            partners?: (string | components["schemas"]["Partner"])[] | null;
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names. */
            contributors?: {
                /** @enum {string} */
                role: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                person?: (string | null) | components["schemas"]["Person"];
                partner?: (string | null) | components["schemas"]["Partner"];
                /** @description As printed. */
                note?: string | null;
                id?: string | null;
            }[] | null;
            /** @enum {string|null} */
            licence?: "cc-by-nc-nd-4.0" | "cc-by-nc-sa-4.0" | "cc-by-4.0" | "all-rights-reserved" | null;
            /** @description First publication: filled when first published if empty; editable. */
            firstPublishedAt?: string | null;
            /**
             * @description What is known of the date: the day, only the month, only the year.
             * @enum {string|null}
             */
            datePrecision?: "day" | "month" | "year" | null;
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @description To qualify a territory: its role (address, zone of action) and a note ("northern Cantal"). It is added to Territories. */
            territoryDetails?: {
                territory: string | components["schemas"]["Territory"];
                /** @enum {string|null} */
                role?: "zone-of-action" | "address" | "other" | null;
                note?: string | null;
                id?: string | null;
            }[] | null;
            /** @enum {string} */
            visibility?: "public" | "members";
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        FicheUpdate: {
            title?: string;
            /** @description Filled from the title; editable. */
            slug?: string;
            /** @enum {string} */
            series?: "deniche" | "kit" | "points-de-reperess" | "reperess";
            number?: number | null;
            kit?: (string | null) | components["schemas"]["Kit"];
            /** @enum {string|null} */
            category?: "introductive" | "levier" | "thematique" | null;
            page?: number | null;
            /** @description The corresponding fiche of the previous kit edition (its number may differ). */
            previousEdition?: (string | null) | components["schemas"]["Fiche"];
            /** @description The alt text is the media item’s own (set it in the media library). */
            cover?: (string | null) | components["schemas"]["Media"];
            summary?: string | null;
            body?: {
                root: {
                    type: string;
                    children: ({
                        type: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    })[];
                    direction: ("ltr" | "rtl") | null;
                    /** @enum {string} */
                    format: "left" | "start" | "center" | "right" | "end" | "justify" | "";
                    indent: number;
                    version: number;
                };
            } | null;
            deniche?: {
                origin?: string | null;
                financing?: string | null;
                website?: string | null;
                /** @description As written on an envelope. */
                address?: string | null;
                localAuthoritiesRole?: string | null;
                keyFigures?: {
                    label: string;
                    value: string;
                    id?: string | null;
                }[] | null;
                contacts?: {
                    name: string;
                    role?: string | null;
                    organisation?: string | null;
                    email?: string | null;
                    phone?: string | null;
                    url?: string | null;
                    id?: string | null;
                }[] | null;
            };
            partners?: (string | components["schemas"]["Partner"])[] | null;
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names. */
            contributors?: {
                /** @enum {string} */
                role: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                person?: (string | null) | components["schemas"]["Person"];
                partner?: (string | null) | components["schemas"]["Partner"];
                /** @description As printed. */
                note?: string | null;
                id?: string | null;
            }[] | null;
            /** @enum {string|null} */
            licence?: "cc-by-nc-nd-4.0" | "cc-by-nc-sa-4.0" | "cc-by-4.0" | "all-rights-reserved" | null;
            /** @description First publication: filled when first published if empty; editable. */
            firstPublishedAt?: string | null;
            /**
             * @description What is known of the date: the day, only the month, only the year.
             * @enum {string|null}
             */
            datePrecision?: "day" | "month" | "year" | null;
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @description To qualify a territory: its role (address, zone of action) and a note ("northern Cantal"). It is added to Territories. */
            territoryDetails?: {
                territory: string | components["schemas"]["Territory"];
                /** @enum {string|null} */
                role?: "zone-of-action" | "address" | "other" | null;
                note?: string | null;
                id?: string | null;
            }[] | null;
            /** @enum {string} */
            visibility?: "public" | "members";
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        /** @description A page of Kit documents. */
        KitList: {
            docs: components["schemas"]["Kit"][];
            totalDocs: number;
            limit: number;
            totalPages: number;
            page: number;
            /** @description Position of the first document of this page, from 1. */
            pagingCounter: number;
            hasPrevPage: boolean;
            hasNextPage: boolean;
            prevPage: number | null;
            nextPage: number | null;
        };
        KitMutation: {
            doc: components["schemas"]["Kit"];
            message: string;
        };
        /** @description Filters on kits: `where[<field>][<operator>]=<value>`, dotted paths for nested fields and for the fields of related documents (`themes.slug`), combined with `and` / `or`. */
        KitWhere: {
            id?: components["schemas"]["WhereId"];
            title?: components["schemas"]["WhereText"];
            slug?: components["schemas"]["WhereText"];
            level?: {
                /** @enum {string} */
                equals?: "municipal" | "departemental" | "regional";
                /** @enum {string} */
                not_equals?: "municipal" | "departemental" | "regional";
                in?: ("municipal" | "departemental" | "regional")[] | string;
                not_in?: ("municipal" | "departemental" | "regional")[] | string;
                exists?: boolean;
            };
            edition?: components["schemas"]["WhereNumber"];
            version?: components["schemas"]["WhereText"];
            printRun?: components["schemas"]["WhereNumber"];
            summary?: components["schemas"]["WhereText"];
            previousEdition?: components["schemas"]["WhereId"];
            "previousEdition.title"?: components["schemas"]["WhereText"];
            "previousEdition.slug"?: components["schemas"]["WhereText"];
            "previousEdition.level"?: {
                /** @enum {string} */
                equals?: "municipal" | "departemental" | "regional";
                /** @enum {string} */
                not_equals?: "municipal" | "departemental" | "regional";
                in?: ("municipal" | "departemental" | "regional")[] | string;
                not_in?: ("municipal" | "departemental" | "regional")[] | string;
                exists?: boolean;
            };
            "previousEdition.edition"?: components["schemas"]["WhereNumber"];
            "previousEdition.version"?: components["schemas"]["WhereText"];
            "previousEdition.printRun"?: components["schemas"]["WhereNumber"];
            "previousEdition.summary"?: components["schemas"]["WhereText"];
            "previousEdition.previousEdition"?: components["schemas"]["WhereId"];
            "previousEdition.paperEdition"?: {
                /** @enum {string} */
                equals?: "none" | "members" | "everyone";
                /** @enum {string} */
                not_equals?: "none" | "members" | "everyone";
                in?: ("none" | "members" | "everyone")[] | string;
                not_in?: ("none" | "members" | "everyone")[] | string;
                exists?: boolean;
            };
            "previousEdition.cover"?: components["schemas"]["WhereId"];
            "previousEdition.firstPublishedAt"?: components["schemas"]["WhereDate"];
            "previousEdition.datePrecision"?: {
                /** @enum {string} */
                equals?: "day" | "month" | "year";
                /** @enum {string} */
                not_equals?: "day" | "month" | "year";
                in?: ("day" | "month" | "year")[] | string;
                not_in?: ("day" | "month" | "year")[] | string;
                exists?: boolean;
            };
            "previousEdition.revisedAt"?: components["schemas"]["WhereDate"];
            "previousEdition.sortDate"?: components["schemas"]["WhereDate"];
            "previousEdition.themes"?: components["schemas"]["WhereId"];
            "previousEdition.territories"?: components["schemas"]["WhereId"];
            "previousEdition.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "previousEdition.searchText"?: components["schemas"]["WhereText"];
            "previousEdition.updatedAt"?: components["schemas"]["WhereDate"];
            "previousEdition.createdAt"?: components["schemas"]["WhereDate"];
            "previousEdition._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            paperEdition?: {
                /** @enum {string} */
                equals?: "none" | "members" | "everyone";
                /** @enum {string} */
                not_equals?: "none" | "members" | "everyone";
                in?: ("none" | "members" | "everyone")[] | string;
                not_in?: ("none" | "members" | "everyone")[] | string;
                exists?: boolean;
            };
            cover?: components["schemas"]["WhereId"];
            "cover.alt"?: components["schemas"]["WhereText"];
            "cover.credit"?: components["schemas"]["WhereText"];
            "cover.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "cover.updatedAt"?: components["schemas"]["WhereDate"];
            "cover.createdAt"?: components["schemas"]["WhereDate"];
            "cover.url"?: components["schemas"]["WhereText"];
            "cover.thumbnailURL"?: components["schemas"]["WhereText"];
            "cover.filename"?: components["schemas"]["WhereText"];
            "cover.mimeType"?: components["schemas"]["WhereText"];
            "cover.filesize"?: components["schemas"]["WhereNumber"];
            "cover.width"?: components["schemas"]["WhereNumber"];
            "cover.height"?: components["schemas"]["WhereNumber"];
            "cover.focalX"?: components["schemas"]["WhereNumber"];
            "cover.focalY"?: components["schemas"]["WhereNumber"];
            "documents.label"?: components["schemas"]["WhereText"];
            "documents.kind"?: {
                /** @enum {string} */
                equals?: "web" | "pdf" | "print" | "other";
                /** @enum {string} */
                not_equals?: "web" | "pdf" | "print" | "other";
                in?: ("web" | "pdf" | "print" | "other")[] | string;
                not_in?: ("web" | "pdf" | "print" | "other")[] | string;
                exists?: boolean;
            };
            "documents.file"?: components["schemas"]["WhereId"];
            "documents.file.alt"?: components["schemas"]["WhereText"];
            "documents.file.credit"?: components["schemas"]["WhereText"];
            "documents.file.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "documents.file.updatedAt"?: components["schemas"]["WhereDate"];
            "documents.file.createdAt"?: components["schemas"]["WhereDate"];
            "documents.file.url"?: components["schemas"]["WhereText"];
            "documents.file.thumbnailURL"?: components["schemas"]["WhereText"];
            "documents.file.filename"?: components["schemas"]["WhereText"];
            "documents.file.mimeType"?: components["schemas"]["WhereText"];
            "documents.file.filesize"?: components["schemas"]["WhereNumber"];
            "documents.file.width"?: components["schemas"]["WhereNumber"];
            "documents.file.height"?: components["schemas"]["WhereNumber"];
            "documents.file.focalX"?: components["schemas"]["WhereNumber"];
            "documents.file.focalY"?: components["schemas"]["WhereNumber"];
            "documents.url"?: components["schemas"]["WhereText"];
            "documents.id"?: components["schemas"]["WhereText"];
            "contributors.role"?: {
                /** @enum {string} */
                equals?: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                /** @enum {string} */
                not_equals?: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                in?: ("signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host")[] | string;
                not_in?: ("signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host")[] | string;
                exists?: boolean;
            };
            "contributors.person"?: components["schemas"]["WhereId"];
            "contributors.person.name"?: components["schemas"]["WhereText"];
            "contributors.person.slug"?: components["schemas"]["WhereText"];
            "contributors.person.position"?: components["schemas"]["WhereText"];
            "contributors.person.organisation"?: components["schemas"]["WhereText"];
            "contributors.person.partner"?: components["schemas"]["WhereId"];
            "contributors.person.territory"?: components["schemas"]["WhereId"];
            "contributors.person.website"?: components["schemas"]["WhereText"];
            "contributors.person.searchText"?: components["schemas"]["WhereText"];
            "contributors.person.updatedAt"?: components["schemas"]["WhereDate"];
            "contributors.person.createdAt"?: components["schemas"]["WhereDate"];
            "contributors.person._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            "contributors.partner"?: components["schemas"]["WhereId"];
            "contributors.partner.name"?: components["schemas"]["WhereText"];
            "contributors.partner.slug"?: components["schemas"]["WhereText"];
            "contributors.partner.kind"?: {
                /** @enum {string} */
                equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                /** @enum {string} */
                not_equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                not_in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                exists?: boolean;
            };
            "contributors.partner.logo"?: components["schemas"]["WhereId"];
            "contributors.partner.website"?: components["schemas"]["WhereText"];
            "contributors.partner.region"?: components["schemas"]["WhereText"];
            "contributors.partner.description"?: components["schemas"]["WhereText"];
            "contributors.partner.active"?: components["schemas"]["WhereBoolean"];
            "contributors.partner.searchText"?: components["schemas"]["WhereText"];
            "contributors.partner.updatedAt"?: components["schemas"]["WhereDate"];
            "contributors.partner.createdAt"?: components["schemas"]["WhereDate"];
            "contributors.partner._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            "contributors.note"?: components["schemas"]["WhereText"];
            "contributors.id"?: components["schemas"]["WhereText"];
            firstPublishedAt?: components["schemas"]["WhereDate"];
            datePrecision?: {
                /** @enum {string} */
                equals?: "day" | "month" | "year";
                /** @enum {string} */
                not_equals?: "day" | "month" | "year";
                in?: ("day" | "month" | "year")[] | string;
                not_in?: ("day" | "month" | "year")[] | string;
                exists?: boolean;
            };
            revisedAt?: components["schemas"]["WhereDate"];
            sortDate?: components["schemas"]["WhereDate"];
            themes?: components["schemas"]["WhereId"];
            "themes.title"?: components["schemas"]["WhereText"];
            "themes.slug"?: components["schemas"]["WhereText"];
            "themes.description"?: components["schemas"]["WhereText"];
            "themes.searchText"?: components["schemas"]["WhereText"];
            "themes.updatedAt"?: components["schemas"]["WhereDate"];
            "themes.createdAt"?: components["schemas"]["WhereDate"];
            territories?: components["schemas"]["WhereId"];
            "territories.name"?: components["schemas"]["WhereText"];
            "territories.slug"?: components["schemas"]["WhereText"];
            "territories.kind"?: {
                /** @enum {string} */
                equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                /** @enum {string} */
                not_equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                not_in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                exists?: boolean;
            };
            "territories.parent"?: components["schemas"]["WhereId"];
            "territories.isMember"?: components["schemas"]["WhereBoolean"];
            "territories.memberSince"?: components["schemas"]["WhereNumber"];
            "territories.searchText"?: components["schemas"]["WhereText"];
            "territories.updatedAt"?: components["schemas"]["WhereDate"];
            "territories.createdAt"?: components["schemas"]["WhereDate"];
            visibility?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            searchText?: components["schemas"]["WhereText"];
            updatedAt?: components["schemas"]["WhereDate"];
            createdAt?: components["schemas"]["WhereDate"];
            _status?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            and?: components["schemas"]["KitWhere"][];
            or?: components["schemas"]["KitWhere"][];
        };
        /** @description A field to sort by (`-field` for descending), or several in order of precedence. */
        KitSort: ("id" | "-id" | "title" | "-title" | "slug" | "-slug" | "level" | "-level" | "edition" | "-edition" | "version" | "-version" | "printRun" | "-printRun" | "summary" | "-summary" | "previousEdition" | "-previousEdition" | "paperEdition" | "-paperEdition" | "cover" | "-cover" | "firstPublishedAt" | "-firstPublishedAt" | "datePrecision" | "-datePrecision" | "revisedAt" | "-revisedAt" | "sortDate" | "-sortDate" | "visibility" | "-visibility" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status") | ("id" | "-id" | "title" | "-title" | "slug" | "-slug" | "level" | "-level" | "edition" | "-edition" | "version" | "-version" | "printRun" | "-printRun" | "summary" | "-summary" | "previousEdition" | "-previousEdition" | "paperEdition" | "-paperEdition" | "cover" | "-cover" | "firstPublishedAt" | "-firstPublishedAt" | "datePrecision" | "-datePrecision" | "revisedAt" | "-revisedAt" | "sortDate" | "-sortDate" | "visibility" | "-visibility" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status")[];
        KitCreate: {
            title: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /** @enum {string} */
            level: "municipal" | "departemental" | "regional";
            edition: number;
            version?: string | null;
            printRun?: number | null;
            summary?: string | null;
            /** @description The kit this edition replaces; also link each fiche to its own. */
            previousEdition?: (string | null) | components["schemas"]["Kit"];
            /**
             * @description Whether printed copies exist, and for whom ("Members only": sent to member authorities).
             * @enum {string|null}
             */
            paperEdition?: "none" | "members" | "everyone" | null;
            /** @description The alt text is the media item’s own (set it in the media library). */
            cover?: (string | null) | components["schemas"]["Media"];
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names. */
            contributors?: {
                /** @enum {string} */
                role: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                person?: (string | null) | components["schemas"]["Person"];
                partner?: (string | null) | components["schemas"]["Partner"];
                /** @description As printed. */
                note?: string | null;
                id?: string | null;
            }[] | null;
            fiches?: {
                docs?: (string | components["schemas"]["Fiche"])[];
                hasNextPage?: boolean;
                totalDocs?: number;
            };
            /** @description First publication: filled when first published if empty; editable. */
            firstPublishedAt?: string | null;
            /**
             * @description What is known of the date: the day, only the month, only the year.
             * @enum {string|null}
             */
            datePrecision?: "day" | "month" | "year" | null;
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @enum {string} */
            visibility?: "public" | "members";
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        KitUpdate: {
            title?: string;
            /** @description Filled from the title; editable. */
            slug?: string;
            /** @enum {string} */
            level?: "municipal" | "departemental" | "regional";
            edition?: number;
            version?: string | null;
            printRun?: number | null;
            summary?: string | null;
            /** @description The kit this edition replaces; also link each fiche to its own. */
            previousEdition?: (string | null) | components["schemas"]["Kit"];
            /**
             * @description Whether printed copies exist, and for whom ("Members only": sent to member authorities).
             * @enum {string|null}
             */
            paperEdition?: "none" | "members" | "everyone" | null;
            /** @description The alt text is the media item’s own (set it in the media library). */
            cover?: (string | null) | components["schemas"]["Media"];
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names. */
            contributors?: {
                /** @enum {string} */
                role: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                person?: (string | null) | components["schemas"]["Person"];
                partner?: (string | null) | components["schemas"]["Partner"];
                /** @description As printed. */
                note?: string | null;
                id?: string | null;
            }[] | null;
            fiches?: {
                docs?: (string | components["schemas"]["Fiche"])[];
                hasNextPage?: boolean;
                totalDocs?: number;
            };
            /** @description First publication: filled when first published if empty; editable. */
            firstPublishedAt?: string | null;
            /**
             * @description What is known of the date: the day, only the month, only the year.
             * @enum {string|null}
             */
            datePrecision?: "day" | "month" | "year" | null;
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @enum {string} */
            visibility?: "public" | "members";
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        /** @description A page of PressArticle documents. */
        PressArticleList: {
            docs: components["schemas"]["PressArticle"][];
            totalDocs: number;
            limit: number;
            totalPages: number;
            page: number;
            /** @description Position of the first document of this page, from 1. */
            pagingCounter: number;
            hasPrevPage: boolean;
            hasNextPage: boolean;
            prevPage: number | null;
            nextPage: number | null;
        };
        PressArticleMutation: {
            doc: components["schemas"]["PressArticle"];
            message: string;
        };
        /** @description Filters on press-articles: `where[<field>][<operator>]=<value>`, dotted paths for nested fields and for the fields of related documents (`themes.slug`), combined with `and` / `or`. */
        PressArticleWhere: {
            id?: components["schemas"]["WhereId"];
            title?: components["schemas"]["WhereText"];
            slug?: components["schemas"]["WhereText"];
            outlet?: components["schemas"]["WhereText"];
            author?: components["schemas"]["WhereText"];
            date?: components["schemas"]["WhereDate"];
            datePrecision?: {
                /** @enum {string} */
                equals?: "day" | "month" | "year" | "unknown";
                /** @enum {string} */
                not_equals?: "day" | "month" | "year" | "unknown";
                in?: ("day" | "month" | "year" | "unknown")[] | string;
                not_in?: ("day" | "month" | "year" | "unknown")[] | string;
                exists?: boolean;
            };
            revisedAt?: components["schemas"]["WhereDate"];
            sortDate?: components["schemas"]["WhereDate"];
            url?: components["schemas"]["WhereText"];
            excerpt?: components["schemas"]["WhereText"];
            cover?: components["schemas"]["WhereId"];
            "cover.alt"?: components["schemas"]["WhereText"];
            "cover.credit"?: components["schemas"]["WhereText"];
            "cover.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "cover.updatedAt"?: components["schemas"]["WhereDate"];
            "cover.createdAt"?: components["schemas"]["WhereDate"];
            "cover.url"?: components["schemas"]["WhereText"];
            "cover.thumbnailURL"?: components["schemas"]["WhereText"];
            "cover.filename"?: components["schemas"]["WhereText"];
            "cover.mimeType"?: components["schemas"]["WhereText"];
            "cover.filesize"?: components["schemas"]["WhereNumber"];
            "cover.width"?: components["schemas"]["WhereNumber"];
            "cover.height"?: components["schemas"]["WhereNumber"];
            "cover.focalX"?: components["schemas"]["WhereNumber"];
            "cover.focalY"?: components["schemas"]["WhereNumber"];
            "documents.label"?: components["schemas"]["WhereText"];
            "documents.kind"?: {
                /** @enum {string} */
                equals?: "web" | "pdf" | "print" | "other";
                /** @enum {string} */
                not_equals?: "web" | "pdf" | "print" | "other";
                in?: ("web" | "pdf" | "print" | "other")[] | string;
                not_in?: ("web" | "pdf" | "print" | "other")[] | string;
                exists?: boolean;
            };
            "documents.file"?: components["schemas"]["WhereId"];
            "documents.file.alt"?: components["schemas"]["WhereText"];
            "documents.file.credit"?: components["schemas"]["WhereText"];
            "documents.file.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "documents.file.updatedAt"?: components["schemas"]["WhereDate"];
            "documents.file.createdAt"?: components["schemas"]["WhereDate"];
            "documents.file.url"?: components["schemas"]["WhereText"];
            "documents.file.thumbnailURL"?: components["schemas"]["WhereText"];
            "documents.file.filename"?: components["schemas"]["WhereText"];
            "documents.file.mimeType"?: components["schemas"]["WhereText"];
            "documents.file.filesize"?: components["schemas"]["WhereNumber"];
            "documents.file.width"?: components["schemas"]["WhereNumber"];
            "documents.file.height"?: components["schemas"]["WhereNumber"];
            "documents.file.focalX"?: components["schemas"]["WhereNumber"];
            "documents.file.focalY"?: components["schemas"]["WhereNumber"];
            "documents.url"?: components["schemas"]["WhereText"];
            "documents.id"?: components["schemas"]["WhereText"];
            "contributors.role"?: {
                /** @enum {string} */
                equals?: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                /** @enum {string} */
                not_equals?: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                in?: ("signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host")[] | string;
                not_in?: ("signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host")[] | string;
                exists?: boolean;
            };
            "contributors.person"?: components["schemas"]["WhereId"];
            "contributors.person.name"?: components["schemas"]["WhereText"];
            "contributors.person.slug"?: components["schemas"]["WhereText"];
            "contributors.person.position"?: components["schemas"]["WhereText"];
            "contributors.person.organisation"?: components["schemas"]["WhereText"];
            "contributors.person.partner"?: components["schemas"]["WhereId"];
            "contributors.person.territory"?: components["schemas"]["WhereId"];
            "contributors.person.website"?: components["schemas"]["WhereText"];
            "contributors.person.searchText"?: components["schemas"]["WhereText"];
            "contributors.person.updatedAt"?: components["schemas"]["WhereDate"];
            "contributors.person.createdAt"?: components["schemas"]["WhereDate"];
            "contributors.person._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            "contributors.partner"?: components["schemas"]["WhereId"];
            "contributors.partner.name"?: components["schemas"]["WhereText"];
            "contributors.partner.slug"?: components["schemas"]["WhereText"];
            "contributors.partner.kind"?: {
                /** @enum {string} */
                equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                /** @enum {string} */
                not_equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                not_in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                exists?: boolean;
            };
            "contributors.partner.logo"?: components["schemas"]["WhereId"];
            "contributors.partner.website"?: components["schemas"]["WhereText"];
            "contributors.partner.region"?: components["schemas"]["WhereText"];
            "contributors.partner.description"?: components["schemas"]["WhereText"];
            "contributors.partner.active"?: components["schemas"]["WhereBoolean"];
            "contributors.partner.searchText"?: components["schemas"]["WhereText"];
            "contributors.partner.updatedAt"?: components["schemas"]["WhereDate"];
            "contributors.partner.createdAt"?: components["schemas"]["WhereDate"];
            "contributors.partner._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            "contributors.note"?: components["schemas"]["WhereText"];
            "contributors.id"?: components["schemas"]["WhereText"];
            scope?: {
                /** @enum {string} */
                equals?: "national-specialised" | "regional" | "general";
                /** @enum {string} */
                not_equals?: "national-specialised" | "regional" | "general";
                in?: ("national-specialised" | "regional" | "general")[] | string;
                not_in?: ("national-specialised" | "regional" | "general")[] | string;
                exists?: boolean;
            };
            relatedFiches?: components["schemas"]["WhereId"];
            "relatedFiches.title"?: components["schemas"]["WhereText"];
            "relatedFiches.slug"?: components["schemas"]["WhereText"];
            "relatedFiches.series"?: {
                /** @enum {string} */
                equals?: "deniche" | "kit" | "points-de-reperess" | "reperess";
                /** @enum {string} */
                not_equals?: "deniche" | "kit" | "points-de-reperess" | "reperess";
                in?: ("deniche" | "kit" | "points-de-reperess" | "reperess")[] | string;
                not_in?: ("deniche" | "kit" | "points-de-reperess" | "reperess")[] | string;
                exists?: boolean;
            };
            "relatedFiches.number"?: components["schemas"]["WhereNumber"];
            "relatedFiches.kit"?: components["schemas"]["WhereId"];
            "relatedFiches.category"?: {
                /** @enum {string} */
                equals?: "introductive" | "levier" | "thematique";
                /** @enum {string} */
                not_equals?: "introductive" | "levier" | "thematique";
                in?: ("introductive" | "levier" | "thematique")[] | string;
                not_in?: ("introductive" | "levier" | "thematique")[] | string;
                exists?: boolean;
            };
            "relatedFiches.page"?: components["schemas"]["WhereNumber"];
            "relatedFiches.previousEdition"?: components["schemas"]["WhereId"];
            "relatedFiches.cover"?: components["schemas"]["WhereId"];
            "relatedFiches.summary"?: components["schemas"]["WhereText"];
            "relatedFiches.partners"?: components["schemas"]["WhereId"];
            "relatedFiches.licence"?: {
                /** @enum {string} */
                equals?: "cc-by-nc-nd-4.0" | "cc-by-nc-sa-4.0" | "cc-by-4.0" | "all-rights-reserved";
                /** @enum {string} */
                not_equals?: "cc-by-nc-nd-4.0" | "cc-by-nc-sa-4.0" | "cc-by-4.0" | "all-rights-reserved";
                in?: ("cc-by-nc-nd-4.0" | "cc-by-nc-sa-4.0" | "cc-by-4.0" | "all-rights-reserved")[] | string;
                not_in?: ("cc-by-nc-nd-4.0" | "cc-by-nc-sa-4.0" | "cc-by-4.0" | "all-rights-reserved")[] | string;
                exists?: boolean;
            };
            "relatedFiches.firstPublishedAt"?: components["schemas"]["WhereDate"];
            "relatedFiches.datePrecision"?: {
                /** @enum {string} */
                equals?: "day" | "month" | "year";
                /** @enum {string} */
                not_equals?: "day" | "month" | "year";
                in?: ("day" | "month" | "year")[] | string;
                not_in?: ("day" | "month" | "year")[] | string;
                exists?: boolean;
            };
            "relatedFiches.revisedAt"?: components["schemas"]["WhereDate"];
            "relatedFiches.sortDate"?: components["schemas"]["WhereDate"];
            "relatedFiches.themes"?: components["schemas"]["WhereId"];
            "relatedFiches.territories"?: components["schemas"]["WhereId"];
            "relatedFiches.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "relatedFiches.searchText"?: components["schemas"]["WhereText"];
            "relatedFiches.updatedAt"?: components["schemas"]["WhereDate"];
            "relatedFiches.createdAt"?: components["schemas"]["WhereDate"];
            "relatedFiches._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            relatedKits?: components["schemas"]["WhereId"];
            "relatedKits.title"?: components["schemas"]["WhereText"];
            "relatedKits.slug"?: components["schemas"]["WhereText"];
            "relatedKits.level"?: {
                /** @enum {string} */
                equals?: "municipal" | "departemental" | "regional";
                /** @enum {string} */
                not_equals?: "municipal" | "departemental" | "regional";
                in?: ("municipal" | "departemental" | "regional")[] | string;
                not_in?: ("municipal" | "departemental" | "regional")[] | string;
                exists?: boolean;
            };
            "relatedKits.edition"?: components["schemas"]["WhereNumber"];
            "relatedKits.version"?: components["schemas"]["WhereText"];
            "relatedKits.printRun"?: components["schemas"]["WhereNumber"];
            "relatedKits.summary"?: components["schemas"]["WhereText"];
            "relatedKits.previousEdition"?: components["schemas"]["WhereId"];
            "relatedKits.paperEdition"?: {
                /** @enum {string} */
                equals?: "none" | "members" | "everyone";
                /** @enum {string} */
                not_equals?: "none" | "members" | "everyone";
                in?: ("none" | "members" | "everyone")[] | string;
                not_in?: ("none" | "members" | "everyone")[] | string;
                exists?: boolean;
            };
            "relatedKits.cover"?: components["schemas"]["WhereId"];
            "relatedKits.firstPublishedAt"?: components["schemas"]["WhereDate"];
            "relatedKits.datePrecision"?: {
                /** @enum {string} */
                equals?: "day" | "month" | "year";
                /** @enum {string} */
                not_equals?: "day" | "month" | "year";
                in?: ("day" | "month" | "year")[] | string;
                not_in?: ("day" | "month" | "year")[] | string;
                exists?: boolean;
            };
            "relatedKits.revisedAt"?: components["schemas"]["WhereDate"];
            "relatedKits.sortDate"?: components["schemas"]["WhereDate"];
            "relatedKits.themes"?: components["schemas"]["WhereId"];
            "relatedKits.territories"?: components["schemas"]["WhereId"];
            "relatedKits.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "relatedKits.searchText"?: components["schemas"]["WhereText"];
            "relatedKits.updatedAt"?: components["schemas"]["WhereDate"];
            "relatedKits.createdAt"?: components["schemas"]["WhereDate"];
            "relatedKits._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            themes?: components["schemas"]["WhereId"];
            "themes.title"?: components["schemas"]["WhereText"];
            "themes.slug"?: components["schemas"]["WhereText"];
            "themes.description"?: components["schemas"]["WhereText"];
            "themes.searchText"?: components["schemas"]["WhereText"];
            "themes.updatedAt"?: components["schemas"]["WhereDate"];
            "themes.createdAt"?: components["schemas"]["WhereDate"];
            territories?: components["schemas"]["WhereId"];
            "territories.name"?: components["schemas"]["WhereText"];
            "territories.slug"?: components["schemas"]["WhereText"];
            "territories.kind"?: {
                /** @enum {string} */
                equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                /** @enum {string} */
                not_equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                not_in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                exists?: boolean;
            };
            "territories.parent"?: components["schemas"]["WhereId"];
            "territories.isMember"?: components["schemas"]["WhereBoolean"];
            "territories.memberSince"?: components["schemas"]["WhereNumber"];
            "territories.searchText"?: components["schemas"]["WhereText"];
            "territories.updatedAt"?: components["schemas"]["WhereDate"];
            "territories.createdAt"?: components["schemas"]["WhereDate"];
            visibility?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            searchText?: components["schemas"]["WhereText"];
            updatedAt?: components["schemas"]["WhereDate"];
            createdAt?: components["schemas"]["WhereDate"];
            _status?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            and?: components["schemas"]["PressArticleWhere"][];
            or?: components["schemas"]["PressArticleWhere"][];
        };
        /** @description A field to sort by (`-field` for descending), or several in order of precedence. */
        PressArticleSort: ("id" | "-id" | "title" | "-title" | "slug" | "-slug" | "outlet" | "-outlet" | "author" | "-author" | "date" | "-date" | "datePrecision" | "-datePrecision" | "revisedAt" | "-revisedAt" | "sortDate" | "-sortDate" | "url" | "-url" | "excerpt" | "-excerpt" | "cover" | "-cover" | "scope" | "-scope" | "visibility" | "-visibility" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status") | ("id" | "-id" | "title" | "-title" | "slug" | "-slug" | "outlet" | "-outlet" | "author" | "-author" | "date" | "-date" | "datePrecision" | "-datePrecision" | "revisedAt" | "-revisedAt" | "sortDate" | "-sortDate" | "url" | "-url" | "excerpt" | "-excerpt" | "cover" | "-cover" | "scope" | "-scope" | "visibility" | "-visibility" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status")[];
        PressArticleCreate: {
            title: string;
            /** @description Filled from the title; editable. */
            slug: string;
            outlet: string;
            author?: string | null;
            /** @description Empty when unknown (precision "Unknown"). */
            date?: string | null;
            /**
             * @description What is known of the date: the day, only the month, only the year, or nothing (leave the date empty).
             * @enum {string}
             */
            datePrecision?: "day" | "month" | "year" | "unknown";
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            url?: string | null;
            excerpt?: string | null;
            /** @description The alt text is the media item’s own (set it in the media library). */
            cover?: (string | null) | components["schemas"]["Media"];
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names. */
            contributors?: {
                /** @enum {string} */
                role: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                person?: (string | null) | components["schemas"]["Person"];
                partner?: (string | null) | components["schemas"]["Partner"];
                /** @description As printed. */
                note?: string | null;
                id?: string | null;
            }[] | null;
            /** @enum {string} */
            scope: "national-specialised" | "regional" | "general";
            relatedFiches?: (string | components["schemas"]["Fiche"])[] | null;
            relatedKits?: (string | components["schemas"]["Kit"])[] | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @enum {string} */
            visibility?: "public" | "members";
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        PressArticleUpdate: {
            title?: string;
            /** @description Filled from the title; editable. */
            slug?: string;
            outlet?: string;
            author?: string | null;
            /** @description Empty when unknown (precision "Unknown"). */
            date?: string | null;
            /**
             * @description What is known of the date: the day, only the month, only the year, or nothing (leave the date empty).
             * @enum {string}
             */
            datePrecision?: "day" | "month" | "year" | "unknown";
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            url?: string | null;
            excerpt?: string | null;
            /** @description The alt text is the media item’s own (set it in the media library). */
            cover?: (string | null) | components["schemas"]["Media"];
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names. */
            contributors?: {
                /** @enum {string} */
                role: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                person?: (string | null) | components["schemas"]["Person"];
                partner?: (string | null) | components["schemas"]["Partner"];
                /** @description As printed. */
                note?: string | null;
                id?: string | null;
            }[] | null;
            /** @enum {string} */
            scope?: "national-specialised" | "regional" | "general";
            relatedFiches?: (string | components["schemas"]["Fiche"])[] | null;
            relatedKits?: (string | components["schemas"]["Kit"])[] | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @enum {string} */
            visibility?: "public" | "members";
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        /** @description A page of AdvocacyContribution documents. */
        AdvocacyContributionList: {
            docs: components["schemas"]["AdvocacyContribution"][];
            totalDocs: number;
            limit: number;
            totalPages: number;
            page: number;
            /** @description Position of the first document of this page, from 1. */
            pagingCounter: number;
            hasPrevPage: boolean;
            hasNextPage: boolean;
            prevPage: number | null;
            nextPage: number | null;
        };
        AdvocacyContributionMutation: {
            doc: components["schemas"]["AdvocacyContribution"];
            message: string;
        };
        /** @description Filters on advocacy-contributions: `where[<field>][<operator>]=<value>`, dotted paths for nested fields and for the fields of related documents (`themes.slug`), combined with `and` / `or`. */
        AdvocacyContributionWhere: {
            id?: components["schemas"]["WhereId"];
            title?: components["schemas"]["WhereText"];
            slug?: components["schemas"]["WhereText"];
            kind?: {
                /** @enum {string} */
                equals?: "audition" | "amendment" | "contribution" | "letter" | "press-release" | "bill-proposal" | "declaration" | "tribune" | "appel";
                /** @enum {string} */
                not_equals?: "audition" | "amendment" | "contribution" | "letter" | "press-release" | "bill-proposal" | "declaration" | "tribune" | "appel";
                in?: ("audition" | "amendment" | "contribution" | "letter" | "press-release" | "bill-proposal" | "declaration" | "tribune" | "appel")[] | string;
                not_in?: ("audition" | "amendment" | "contribution" | "letter" | "press-release" | "bill-proposal" | "declaration" | "tribune" | "appel")[] | string;
                exists?: boolean;
            };
            date?: components["schemas"]["WhereDate"];
            datePrecision?: {
                /** @enum {string} */
                equals?: "day" | "month" | "year" | "unknown";
                /** @enum {string} */
                not_equals?: "day" | "month" | "year" | "unknown";
                in?: ("day" | "month" | "year" | "unknown")[] | string;
                not_in?: ("day" | "month" | "year" | "unknown")[] | string;
                exists?: boolean;
            };
            revisedAt?: components["schemas"]["WhereDate"];
            sortDate?: components["schemas"]["WhereDate"];
            context?: components["schemas"]["WhereText"];
            partners?: components["schemas"]["WhereId"];
            "partners.name"?: components["schemas"]["WhereText"];
            "partners.slug"?: components["schemas"]["WhereText"];
            "partners.kind"?: {
                /** @enum {string} */
                equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                /** @enum {string} */
                not_equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                not_in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                exists?: boolean;
            };
            "partners.logo"?: components["schemas"]["WhereId"];
            "partners.website"?: components["schemas"]["WhereText"];
            "partners.region"?: components["schemas"]["WhereText"];
            "partners.description"?: components["schemas"]["WhereText"];
            "partners.active"?: components["schemas"]["WhereBoolean"];
            "partners.searchText"?: components["schemas"]["WhereText"];
            "partners.updatedAt"?: components["schemas"]["WhereDate"];
            "partners.createdAt"?: components["schemas"]["WhereDate"];
            "partners._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            body?: components["schemas"]["WhereRichText"];
            "documents.label"?: components["schemas"]["WhereText"];
            "documents.kind"?: {
                /** @enum {string} */
                equals?: "web" | "pdf" | "print" | "other";
                /** @enum {string} */
                not_equals?: "web" | "pdf" | "print" | "other";
                in?: ("web" | "pdf" | "print" | "other")[] | string;
                not_in?: ("web" | "pdf" | "print" | "other")[] | string;
                exists?: boolean;
            };
            "documents.file"?: components["schemas"]["WhereId"];
            "documents.file.alt"?: components["schemas"]["WhereText"];
            "documents.file.credit"?: components["schemas"]["WhereText"];
            "documents.file.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "documents.file.updatedAt"?: components["schemas"]["WhereDate"];
            "documents.file.createdAt"?: components["schemas"]["WhereDate"];
            "documents.file.url"?: components["schemas"]["WhereText"];
            "documents.file.thumbnailURL"?: components["schemas"]["WhereText"];
            "documents.file.filename"?: components["schemas"]["WhereText"];
            "documents.file.mimeType"?: components["schemas"]["WhereText"];
            "documents.file.filesize"?: components["schemas"]["WhereNumber"];
            "documents.file.width"?: components["schemas"]["WhereNumber"];
            "documents.file.height"?: components["schemas"]["WhereNumber"];
            "documents.file.focalX"?: components["schemas"]["WhereNumber"];
            "documents.file.focalY"?: components["schemas"]["WhereNumber"];
            "documents.url"?: components["schemas"]["WhereText"];
            "documents.id"?: components["schemas"]["WhereText"];
            "contributors.role"?: {
                /** @enum {string} */
                equals?: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                /** @enum {string} */
                not_equals?: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                in?: ("signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host")[] | string;
                not_in?: ("signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host")[] | string;
                exists?: boolean;
            };
            "contributors.person"?: components["schemas"]["WhereId"];
            "contributors.person.name"?: components["schemas"]["WhereText"];
            "contributors.person.slug"?: components["schemas"]["WhereText"];
            "contributors.person.position"?: components["schemas"]["WhereText"];
            "contributors.person.organisation"?: components["schemas"]["WhereText"];
            "contributors.person.partner"?: components["schemas"]["WhereId"];
            "contributors.person.territory"?: components["schemas"]["WhereId"];
            "contributors.person.website"?: components["schemas"]["WhereText"];
            "contributors.person.searchText"?: components["schemas"]["WhereText"];
            "contributors.person.updatedAt"?: components["schemas"]["WhereDate"];
            "contributors.person.createdAt"?: components["schemas"]["WhereDate"];
            "contributors.person._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            "contributors.partner"?: components["schemas"]["WhereId"];
            "contributors.partner.name"?: components["schemas"]["WhereText"];
            "contributors.partner.slug"?: components["schemas"]["WhereText"];
            "contributors.partner.kind"?: {
                /** @enum {string} */
                equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                /** @enum {string} */
                not_equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                not_in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                exists?: boolean;
            };
            "contributors.partner.logo"?: components["schemas"]["WhereId"];
            "contributors.partner.website"?: components["schemas"]["WhereText"];
            "contributors.partner.region"?: components["schemas"]["WhereText"];
            "contributors.partner.description"?: components["schemas"]["WhereText"];
            "contributors.partner.active"?: components["schemas"]["WhereBoolean"];
            "contributors.partner.searchText"?: components["schemas"]["WhereText"];
            "contributors.partner.updatedAt"?: components["schemas"]["WhereDate"];
            "contributors.partner.createdAt"?: components["schemas"]["WhereDate"];
            "contributors.partner._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            "contributors.note"?: components["schemas"]["WhereText"];
            "contributors.id"?: components["schemas"]["WhereText"];
            outcome?: components["schemas"]["WhereText"];
            themes?: components["schemas"]["WhereId"];
            "themes.title"?: components["schemas"]["WhereText"];
            "themes.slug"?: components["schemas"]["WhereText"];
            "themes.description"?: components["schemas"]["WhereText"];
            "themes.searchText"?: components["schemas"]["WhereText"];
            "themes.updatedAt"?: components["schemas"]["WhereDate"];
            "themes.createdAt"?: components["schemas"]["WhereDate"];
            territories?: components["schemas"]["WhereId"];
            "territories.name"?: components["schemas"]["WhereText"];
            "territories.slug"?: components["schemas"]["WhereText"];
            "territories.kind"?: {
                /** @enum {string} */
                equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                /** @enum {string} */
                not_equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                not_in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                exists?: boolean;
            };
            "territories.parent"?: components["schemas"]["WhereId"];
            "territories.isMember"?: components["schemas"]["WhereBoolean"];
            "territories.memberSince"?: components["schemas"]["WhereNumber"];
            "territories.searchText"?: components["schemas"]["WhereText"];
            "territories.updatedAt"?: components["schemas"]["WhereDate"];
            "territories.createdAt"?: components["schemas"]["WhereDate"];
            visibility?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            searchText?: components["schemas"]["WhereText"];
            updatedAt?: components["schemas"]["WhereDate"];
            createdAt?: components["schemas"]["WhereDate"];
            _status?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            and?: components["schemas"]["AdvocacyContributionWhere"][];
            or?: components["schemas"]["AdvocacyContributionWhere"][];
        };
        /** @description A field to sort by (`-field` for descending), or several in order of precedence. */
        AdvocacyContributionSort: ("id" | "-id" | "title" | "-title" | "slug" | "-slug" | "kind" | "-kind" | "date" | "-date" | "datePrecision" | "-datePrecision" | "revisedAt" | "-revisedAt" | "sortDate" | "-sortDate" | "context" | "-context" | "outcome" | "-outcome" | "visibility" | "-visibility" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status") | ("id" | "-id" | "title" | "-title" | "slug" | "-slug" | "kind" | "-kind" | "date" | "-date" | "datePrecision" | "-datePrecision" | "revisedAt" | "-revisedAt" | "sortDate" | "-sortDate" | "context" | "-context" | "outcome" | "-outcome" | "visibility" | "-visibility" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status")[];
        AdvocacyContributionCreate: {
            title: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /** @enum {string} */
            kind: "audition" | "amendment" | "contribution" | "letter" | "press-release" | "bill-proposal" | "declaration" | "tribune" | "appel";
            /** @description Empty when unknown (precision "Unknown"). */
            date?: string | null;
            /**
             * @description What is known of the date: the day, only the month, only the year, or nothing (leave the date empty).
             * @enum {string}
             */
            datePrecision?: "day" | "month" | "year" | "unknown";
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            /** @description E.g. a bill or a mission. */
            context: string;
            partners?: (string | components["schemas"]["Partner"])[] | null;
            body?: {
                root: {
                    type: string;
                    children: ({
                        type: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    })[];
                    direction: ("ltr" | "rtl") | null;
                    /** @enum {string} */
                    format: "left" | "start" | "center" | "right" | "end" | "justify" | "";
                    indent: number;
                    version: number;
                };
            } | null;
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names. */
            contributors?: {
                /** @enum {string} */
                role: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                person?: (string | null) | components["schemas"]["Person"];
                partner?: (string | null) | components["schemas"]["Partner"];
                /** @description As printed. */
                note?: string | null;
                id?: string | null;
            }[] | null;
            outcome?: string | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @enum {string} */
            visibility?: "public" | "members";
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        AdvocacyContributionUpdate: {
            title?: string;
            /** @description Filled from the title; editable. */
            slug?: string;
            /** @enum {string} */
            kind?: "audition" | "amendment" | "contribution" | "letter" | "press-release" | "bill-proposal" | "declaration" | "tribune" | "appel";
            /** @description Empty when unknown (precision "Unknown"). */
            date?: string | null;
            /**
             * @description What is known of the date: the day, only the month, only the year, or nothing (leave the date empty).
             * @enum {string}
             */
            datePrecision?: "day" | "month" | "year" | "unknown";
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            /** @description E.g. a bill or a mission. */
            context?: string;
            partners?: (string | components["schemas"]["Partner"])[] | null;
            body?: {
                root: {
                    type: string;
                    children: ({
                        type: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    })[];
                    direction: ("ltr" | "rtl") | null;
                    /** @enum {string} */
                    format: "left" | "start" | "center" | "right" | "end" | "justify" | "";
                    indent: number;
                    version: number;
                };
            } | null;
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names. */
            contributors?: {
                /** @enum {string} */
                role: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                person?: (string | null) | components["schemas"]["Person"];
                partner?: (string | null) | components["schemas"]["Partner"];
                /** @description As printed. */
                note?: string | null;
                id?: string | null;
            }[] | null;
            outcome?: string | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @enum {string} */
            visibility?: "public" | "members";
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        /** @description A page of Event documents. */
        EventList: {
            docs: components["schemas"]["Event"][];
            totalDocs: number;
            limit: number;
            totalPages: number;
            page: number;
            /** @description Position of the first document of this page, from 1. */
            pagingCounter: number;
            hasPrevPage: boolean;
            hasNextPage: boolean;
            prevPage: number | null;
            nextPage: number | null;
        };
        EventMutation: {
            doc: components["schemas"]["Event"];
            message: string;
        };
        /** @description Filters on events: `where[<field>][<operator>]=<value>`, dotted paths for nested fields and for the fields of related documents (`themes.slug`), combined with `and` / `or`. */
        EventWhere: {
            id?: components["schemas"]["WhereId"];
            title?: components["schemas"]["WhereText"];
            slug?: components["schemas"]["WhereText"];
            kind?: {
                /** @enum {string} */
                equals?: "webinar" | "meeting" | "regional-club" | "training" | "fair" | "seminar" | "workshop" | "governance";
                /** @enum {string} */
                not_equals?: "webinar" | "meeting" | "regional-club" | "training" | "fair" | "seminar" | "workshop" | "governance";
                in?: ("webinar" | "meeting" | "regional-club" | "training" | "fair" | "seminar" | "workshop" | "governance")[] | string;
                not_in?: ("webinar" | "meeting" | "regional-club" | "training" | "fair" | "seminar" | "workshop" | "governance")[] | string;
                exists?: boolean;
            };
            start?: components["schemas"]["WhereDate"];
            end?: components["schemas"]["WhereDate"];
            online?: components["schemas"]["WhereBoolean"];
            place?: components["schemas"]["WhereText"];
            participants?: components["schemas"]["WhereNumber"];
            participantsText?: components["schemas"]["WhereText"];
            organisers?: components["schemas"]["WhereId"];
            "organisers.name"?: components["schemas"]["WhereText"];
            "organisers.slug"?: components["schemas"]["WhereText"];
            "organisers.kind"?: {
                /** @enum {string} */
                equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                /** @enum {string} */
                not_equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                not_in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                exists?: boolean;
            };
            "organisers.logo"?: components["schemas"]["WhereId"];
            "organisers.website"?: components["schemas"]["WhereText"];
            "organisers.region"?: components["schemas"]["WhereText"];
            "organisers.description"?: components["schemas"]["WhereText"];
            "organisers.active"?: components["schemas"]["WhereBoolean"];
            "organisers.searchText"?: components["schemas"]["WhereText"];
            "organisers.updatedAt"?: components["schemas"]["WhereDate"];
            "organisers.createdAt"?: components["schemas"]["WhereDate"];
            "organisers._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            "speakers.name"?: components["schemas"]["WhereText"];
            "speakers.role"?: components["schemas"]["WhereText"];
            "speakers.id"?: components["schemas"]["WhereText"];
            description?: components["schemas"]["WhereText"];
            cover?: components["schemas"]["WhereId"];
            "cover.alt"?: components["schemas"]["WhereText"];
            "cover.credit"?: components["schemas"]["WhereText"];
            "cover.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "cover.updatedAt"?: components["schemas"]["WhereDate"];
            "cover.createdAt"?: components["schemas"]["WhereDate"];
            "cover.url"?: components["schemas"]["WhereText"];
            "cover.thumbnailURL"?: components["schemas"]["WhereText"];
            "cover.filename"?: components["schemas"]["WhereText"];
            "cover.mimeType"?: components["schemas"]["WhereText"];
            "cover.filesize"?: components["schemas"]["WhereNumber"];
            "cover.width"?: components["schemas"]["WhereNumber"];
            "cover.height"?: components["schemas"]["WhereNumber"];
            "cover.focalX"?: components["schemas"]["WhereNumber"];
            "cover.focalY"?: components["schemas"]["WhereNumber"];
            "documents.label"?: components["schemas"]["WhereText"];
            "documents.kind"?: {
                /** @enum {string} */
                equals?: "web" | "pdf" | "print" | "other";
                /** @enum {string} */
                not_equals?: "web" | "pdf" | "print" | "other";
                in?: ("web" | "pdf" | "print" | "other")[] | string;
                not_in?: ("web" | "pdf" | "print" | "other")[] | string;
                exists?: boolean;
            };
            "documents.file"?: components["schemas"]["WhereId"];
            "documents.file.alt"?: components["schemas"]["WhereText"];
            "documents.file.credit"?: components["schemas"]["WhereText"];
            "documents.file.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "documents.file.updatedAt"?: components["schemas"]["WhereDate"];
            "documents.file.createdAt"?: components["schemas"]["WhereDate"];
            "documents.file.url"?: components["schemas"]["WhereText"];
            "documents.file.thumbnailURL"?: components["schemas"]["WhereText"];
            "documents.file.filename"?: components["schemas"]["WhereText"];
            "documents.file.mimeType"?: components["schemas"]["WhereText"];
            "documents.file.filesize"?: components["schemas"]["WhereNumber"];
            "documents.file.width"?: components["schemas"]["WhereNumber"];
            "documents.file.height"?: components["schemas"]["WhereNumber"];
            "documents.file.focalX"?: components["schemas"]["WhereNumber"];
            "documents.file.focalY"?: components["schemas"]["WhereNumber"];
            "documents.url"?: components["schemas"]["WhereText"];
            "documents.id"?: components["schemas"]["WhereText"];
            "contributors.role"?: {
                /** @enum {string} */
                equals?: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                /** @enum {string} */
                not_equals?: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                in?: ("signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host")[] | string;
                not_in?: ("signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host")[] | string;
                exists?: boolean;
            };
            "contributors.person"?: components["schemas"]["WhereId"];
            "contributors.person.name"?: components["schemas"]["WhereText"];
            "contributors.person.slug"?: components["schemas"]["WhereText"];
            "contributors.person.position"?: components["schemas"]["WhereText"];
            "contributors.person.organisation"?: components["schemas"]["WhereText"];
            "contributors.person.partner"?: components["schemas"]["WhereId"];
            "contributors.person.territory"?: components["schemas"]["WhereId"];
            "contributors.person.website"?: components["schemas"]["WhereText"];
            "contributors.person.searchText"?: components["schemas"]["WhereText"];
            "contributors.person.updatedAt"?: components["schemas"]["WhereDate"];
            "contributors.person.createdAt"?: components["schemas"]["WhereDate"];
            "contributors.person._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            "contributors.partner"?: components["schemas"]["WhereId"];
            "contributors.partner.name"?: components["schemas"]["WhereText"];
            "contributors.partner.slug"?: components["schemas"]["WhereText"];
            "contributors.partner.kind"?: {
                /** @enum {string} */
                equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                /** @enum {string} */
                not_equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                not_in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                exists?: boolean;
            };
            "contributors.partner.logo"?: components["schemas"]["WhereId"];
            "contributors.partner.website"?: components["schemas"]["WhereText"];
            "contributors.partner.region"?: components["schemas"]["WhereText"];
            "contributors.partner.description"?: components["schemas"]["WhereText"];
            "contributors.partner.active"?: components["schemas"]["WhereBoolean"];
            "contributors.partner.searchText"?: components["schemas"]["WhereText"];
            "contributors.partner.updatedAt"?: components["schemas"]["WhereDate"];
            "contributors.partner.createdAt"?: components["schemas"]["WhereDate"];
            "contributors.partner._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            "contributors.note"?: components["schemas"]["WhereText"];
            "contributors.id"?: components["schemas"]["WhereText"];
            datePrecision?: {
                /** @enum {string} */
                equals?: "day" | "month";
                /** @enum {string} */
                not_equals?: "day" | "month";
                in?: ("day" | "month")[] | string;
                not_in?: ("day" | "month")[] | string;
                exists?: boolean;
            };
            revisedAt?: components["schemas"]["WhereDate"];
            sortDate?: components["schemas"]["WhereDate"];
            replayUrl?: components["schemas"]["WhereText"];
            themes?: components["schemas"]["WhereId"];
            "themes.title"?: components["schemas"]["WhereText"];
            "themes.slug"?: components["schemas"]["WhereText"];
            "themes.description"?: components["schemas"]["WhereText"];
            "themes.searchText"?: components["schemas"]["WhereText"];
            "themes.updatedAt"?: components["schemas"]["WhereDate"];
            "themes.createdAt"?: components["schemas"]["WhereDate"];
            territories?: components["schemas"]["WhereId"];
            "territories.name"?: components["schemas"]["WhereText"];
            "territories.slug"?: components["schemas"]["WhereText"];
            "territories.kind"?: {
                /** @enum {string} */
                equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                /** @enum {string} */
                not_equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                not_in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                exists?: boolean;
            };
            "territories.parent"?: components["schemas"]["WhereId"];
            "territories.isMember"?: components["schemas"]["WhereBoolean"];
            "territories.memberSince"?: components["schemas"]["WhereNumber"];
            "territories.searchText"?: components["schemas"]["WhereText"];
            "territories.updatedAt"?: components["schemas"]["WhereDate"];
            "territories.createdAt"?: components["schemas"]["WhereDate"];
            visibility?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            proposedBy?: components["schemas"]["WhereId"];
            "proposedBy.name"?: components["schemas"]["WhereText"];
            "proposedBy.role"?: {
                /** @enum {string} */
                equals?: "admin" | "editor" | "member" | "partner";
                /** @enum {string} */
                not_equals?: "admin" | "editor" | "member" | "partner";
                in?: ("admin" | "editor" | "member" | "partner")[] | string;
                not_in?: ("admin" | "editor" | "member" | "partner")[] | string;
                exists?: boolean;
            };
            "proposedBy.authority"?: components["schemas"]["WhereId"];
            "proposedBy.updatedAt"?: components["schemas"]["WhereDate"];
            "proposedBy.createdAt"?: components["schemas"]["WhereDate"];
            "proposedBy.enableAPIKey"?: components["schemas"]["WhereBoolean"];
            "proposedBy.apiKey"?: components["schemas"]["WhereText"];
            "proposedBy.email"?: components["schemas"]["WhereText"];
            reviewStatus?: {
                /** @enum {string} */
                equals?: "draft" | "submitted" | "accepted" | "returned";
                /** @enum {string} */
                not_equals?: "draft" | "submitted" | "accepted" | "returned";
                in?: ("draft" | "submitted" | "accepted" | "returned")[] | string;
                not_in?: ("draft" | "submitted" | "accepted" | "returned")[] | string;
                exists?: boolean;
            };
            reviewComment?: components["schemas"]["WhereText"];
            submittedAt?: components["schemas"]["WhereDate"];
            searchText?: components["schemas"]["WhereText"];
            updatedAt?: components["schemas"]["WhereDate"];
            createdAt?: components["schemas"]["WhereDate"];
            _status?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            and?: components["schemas"]["EventWhere"][];
            or?: components["schemas"]["EventWhere"][];
        };
        /** @description A field to sort by (`-field` for descending), or several in order of precedence. */
        EventSort: ("id" | "-id" | "title" | "-title" | "slug" | "-slug" | "kind" | "-kind" | "start" | "-start" | "end" | "-end" | "online" | "-online" | "place" | "-place" | "participants" | "-participants" | "participantsText" | "-participantsText" | "description" | "-description" | "cover" | "-cover" | "datePrecision" | "-datePrecision" | "revisedAt" | "-revisedAt" | "sortDate" | "-sortDate" | "replayUrl" | "-replayUrl" | "visibility" | "-visibility" | "proposedBy" | "-proposedBy" | "reviewStatus" | "-reviewStatus" | "reviewComment" | "-reviewComment" | "submittedAt" | "-submittedAt" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status") | ("id" | "-id" | "title" | "-title" | "slug" | "-slug" | "kind" | "-kind" | "start" | "-start" | "end" | "-end" | "online" | "-online" | "place" | "-place" | "participants" | "-participants" | "participantsText" | "-participantsText" | "description" | "-description" | "cover" | "-cover" | "datePrecision" | "-datePrecision" | "revisedAt" | "-revisedAt" | "sortDate" | "-sortDate" | "replayUrl" | "-replayUrl" | "visibility" | "-visibility" | "proposedBy" | "-proposedBy" | "reviewStatus" | "-reviewStatus" | "reviewComment" | "-reviewComment" | "submittedAt" | "-submittedAt" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status")[];
        EventCreate: {
            title: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /** @enum {string} */
            kind: "webinar" | "meeting" | "regional-club" | "training" | "fair" | "seminar" | "workshop" | "governance";
            start: string;
            end?: string | null;
            online?: boolean | null;
            place?: string | null;
            participants?: number | null;
            /** @description When the figure is not exact: "over 200 participants". Fill in the number too when known (filters). */
            participantsText?: string | null;
            organisers?: (string | components["schemas"]["Partner"])[] | null;
            speakers?: {
                name: string;
                role?: string | null;
                id?: string | null;
            }[] | null;
            description?: string | null;
            /** @description The alt text is the media item’s own (set it in the media library). */
            cover?: (string | null) | components["schemas"]["Media"];
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names. */
            contributors?: {
                /** @enum {string} */
                role: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                person?: (string | null) | components["schemas"]["Person"];
                partner?: (string | null) | components["schemas"]["Partner"];
                /** @description As printed. */
                note?: string | null;
                id?: string | null;
            }[] | null;
            /**
             * @description What is known of the date: the day, only the month, only the year.
             * @enum {string|null}
             */
            datePrecision?: "day" | "month" | null;
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            replayUrl?: string | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @enum {string} */
            visibility?: "public" | "members";
            /** @description The member account that proposed this content. */
            proposedBy?: (string | null) | components["schemas"]["User"];
            /**
             * @description "Accepted" publishes the proposal; "Returned" gives it back to the member with your comment.
             * @enum {string|null}
             */
            reviewStatus?: "draft" | "submitted" | "accepted" | "returned" | null;
            /** @description Read by the member; required to return. */
            reviewComment?: string | null;
            submittedAt?: string | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        EventUpdate: {
            title?: string;
            /** @description Filled from the title; editable. */
            slug?: string;
            /** @enum {string} */
            kind?: "webinar" | "meeting" | "regional-club" | "training" | "fair" | "seminar" | "workshop" | "governance";
            start?: string;
            end?: string | null;
            online?: boolean | null;
            place?: string | null;
            participants?: number | null;
            /** @description When the figure is not exact: "over 200 participants". Fill in the number too when known (filters). */
            participantsText?: string | null;
            organisers?: (string | components["schemas"]["Partner"])[] | null;
            speakers?: {
                name: string;
                role?: string | null;
                id?: string | null;
            }[] | null;
            description?: string | null;
            /** @description The alt text is the media item’s own (set it in the media library). */
            cover?: (string | null) | components["schemas"]["Media"];
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names. */
            contributors?: {
                /** @enum {string} */
                role: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                person?: (string | null) | components["schemas"]["Person"];
                partner?: (string | null) | components["schemas"]["Partner"];
                /** @description As printed. */
                note?: string | null;
                id?: string | null;
            }[] | null;
            /**
             * @description What is known of the date: the day, only the month, only the year.
             * @enum {string|null}
             */
            datePrecision?: "day" | "month" | null;
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            replayUrl?: string | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @enum {string} */
            visibility?: "public" | "members";
            /** @description The member account that proposed this content. */
            proposedBy?: (string | null) | components["schemas"]["User"];
            /**
             * @description "Accepted" publishes the proposal; "Returned" gives it back to the member with your comment.
             * @enum {string|null}
             */
            reviewStatus?: "draft" | "submitted" | "accepted" | "returned" | null;
            /** @description Read by the member; required to return. */
            reviewComment?: string | null;
            submittedAt?: string | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        /** @description A page of NewsItem documents. */
        NewsItemList: {
            docs: components["schemas"]["NewsItem"][];
            totalDocs: number;
            limit: number;
            totalPages: number;
            page: number;
            /** @description Position of the first document of this page, from 1. */
            pagingCounter: number;
            hasPrevPage: boolean;
            hasNextPage: boolean;
            prevPage: number | null;
            nextPage: number | null;
        };
        NewsItemMutation: {
            doc: components["schemas"]["NewsItem"];
            message: string;
        };
        /** @description Filters on news: `where[<field>][<operator>]=<value>`, dotted paths for nested fields and for the fields of related documents (`themes.slug`), combined with `and` / `or`. */
        NewsItemWhere: {
            id?: components["schemas"]["WhereId"];
            title?: components["schemas"]["WhereText"];
            slug?: components["schemas"]["WhereText"];
            cover?: components["schemas"]["WhereId"];
            "cover.alt"?: components["schemas"]["WhereText"];
            "cover.credit"?: components["schemas"]["WhereText"];
            "cover.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "cover.updatedAt"?: components["schemas"]["WhereDate"];
            "cover.createdAt"?: components["schemas"]["WhereDate"];
            "cover.url"?: components["schemas"]["WhereText"];
            "cover.thumbnailURL"?: components["schemas"]["WhereText"];
            "cover.filename"?: components["schemas"]["WhereText"];
            "cover.mimeType"?: components["schemas"]["WhereText"];
            "cover.filesize"?: components["schemas"]["WhereNumber"];
            "cover.width"?: components["schemas"]["WhereNumber"];
            "cover.height"?: components["schemas"]["WhereNumber"];
            "cover.focalX"?: components["schemas"]["WhereNumber"];
            "cover.focalY"?: components["schemas"]["WhereNumber"];
            summary?: components["schemas"]["WhereText"];
            body?: components["schemas"]["WhereRichText"];
            "links.label"?: components["schemas"]["WhereText"];
            "links.url"?: components["schemas"]["WhereText"];
            "links.id"?: components["schemas"]["WhereText"];
            "documents.label"?: components["schemas"]["WhereText"];
            "documents.kind"?: {
                /** @enum {string} */
                equals?: "web" | "pdf" | "print" | "other";
                /** @enum {string} */
                not_equals?: "web" | "pdf" | "print" | "other";
                in?: ("web" | "pdf" | "print" | "other")[] | string;
                not_in?: ("web" | "pdf" | "print" | "other")[] | string;
                exists?: boolean;
            };
            "documents.file"?: components["schemas"]["WhereId"];
            "documents.file.alt"?: components["schemas"]["WhereText"];
            "documents.file.credit"?: components["schemas"]["WhereText"];
            "documents.file.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "documents.file.updatedAt"?: components["schemas"]["WhereDate"];
            "documents.file.createdAt"?: components["schemas"]["WhereDate"];
            "documents.file.url"?: components["schemas"]["WhereText"];
            "documents.file.thumbnailURL"?: components["schemas"]["WhereText"];
            "documents.file.filename"?: components["schemas"]["WhereText"];
            "documents.file.mimeType"?: components["schemas"]["WhereText"];
            "documents.file.filesize"?: components["schemas"]["WhereNumber"];
            "documents.file.width"?: components["schemas"]["WhereNumber"];
            "documents.file.height"?: components["schemas"]["WhereNumber"];
            "documents.file.focalX"?: components["schemas"]["WhereNumber"];
            "documents.file.focalY"?: components["schemas"]["WhereNumber"];
            "documents.url"?: components["schemas"]["WhereText"];
            "documents.id"?: components["schemas"]["WhereText"];
            "contributors.role"?: {
                /** @enum {string} */
                equals?: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                /** @enum {string} */
                not_equals?: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                in?: ("signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host")[] | string;
                not_in?: ("signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host")[] | string;
                exists?: boolean;
            };
            "contributors.person"?: components["schemas"]["WhereId"];
            "contributors.person.name"?: components["schemas"]["WhereText"];
            "contributors.person.slug"?: components["schemas"]["WhereText"];
            "contributors.person.position"?: components["schemas"]["WhereText"];
            "contributors.person.organisation"?: components["schemas"]["WhereText"];
            "contributors.person.partner"?: components["schemas"]["WhereId"];
            "contributors.person.territory"?: components["schemas"]["WhereId"];
            "contributors.person.website"?: components["schemas"]["WhereText"];
            "contributors.person.searchText"?: components["schemas"]["WhereText"];
            "contributors.person.updatedAt"?: components["schemas"]["WhereDate"];
            "contributors.person.createdAt"?: components["schemas"]["WhereDate"];
            "contributors.person._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            "contributors.partner"?: components["schemas"]["WhereId"];
            "contributors.partner.name"?: components["schemas"]["WhereText"];
            "contributors.partner.slug"?: components["schemas"]["WhereText"];
            "contributors.partner.kind"?: {
                /** @enum {string} */
                equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                /** @enum {string} */
                not_equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                not_in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                exists?: boolean;
            };
            "contributors.partner.logo"?: components["schemas"]["WhereId"];
            "contributors.partner.website"?: components["schemas"]["WhereText"];
            "contributors.partner.region"?: components["schemas"]["WhereText"];
            "contributors.partner.description"?: components["schemas"]["WhereText"];
            "contributors.partner.active"?: components["schemas"]["WhereBoolean"];
            "contributors.partner.searchText"?: components["schemas"]["WhereText"];
            "contributors.partner.updatedAt"?: components["schemas"]["WhereDate"];
            "contributors.partner.createdAt"?: components["schemas"]["WhereDate"];
            "contributors.partner._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            "contributors.note"?: components["schemas"]["WhereText"];
            "contributors.id"?: components["schemas"]["WhereText"];
            firstPublishedAt?: components["schemas"]["WhereDate"];
            datePrecision?: {
                /** @enum {string} */
                equals?: "day" | "month" | "year";
                /** @enum {string} */
                not_equals?: "day" | "month" | "year";
                in?: ("day" | "month" | "year")[] | string;
                not_in?: ("day" | "month" | "year")[] | string;
                exists?: boolean;
            };
            revisedAt?: components["schemas"]["WhereDate"];
            sortDate?: components["schemas"]["WhereDate"];
            themes?: components["schemas"]["WhereId"];
            "themes.title"?: components["schemas"]["WhereText"];
            "themes.slug"?: components["schemas"]["WhereText"];
            "themes.description"?: components["schemas"]["WhereText"];
            "themes.searchText"?: components["schemas"]["WhereText"];
            "themes.updatedAt"?: components["schemas"]["WhereDate"];
            "themes.createdAt"?: components["schemas"]["WhereDate"];
            territories?: components["schemas"]["WhereId"];
            "territories.name"?: components["schemas"]["WhereText"];
            "territories.slug"?: components["schemas"]["WhereText"];
            "territories.kind"?: {
                /** @enum {string} */
                equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                /** @enum {string} */
                not_equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                not_in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                exists?: boolean;
            };
            "territories.parent"?: components["schemas"]["WhereId"];
            "territories.isMember"?: components["schemas"]["WhereBoolean"];
            "territories.memberSince"?: components["schemas"]["WhereNumber"];
            "territories.searchText"?: components["schemas"]["WhereText"];
            "territories.updatedAt"?: components["schemas"]["WhereDate"];
            "territories.createdAt"?: components["schemas"]["WhereDate"];
            visibility?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            proposedBy?: components["schemas"]["WhereId"];
            "proposedBy.name"?: components["schemas"]["WhereText"];
            "proposedBy.role"?: {
                /** @enum {string} */
                equals?: "admin" | "editor" | "member" | "partner";
                /** @enum {string} */
                not_equals?: "admin" | "editor" | "member" | "partner";
                in?: ("admin" | "editor" | "member" | "partner")[] | string;
                not_in?: ("admin" | "editor" | "member" | "partner")[] | string;
                exists?: boolean;
            };
            "proposedBy.authority"?: components["schemas"]["WhereId"];
            "proposedBy.updatedAt"?: components["schemas"]["WhereDate"];
            "proposedBy.createdAt"?: components["schemas"]["WhereDate"];
            "proposedBy.enableAPIKey"?: components["schemas"]["WhereBoolean"];
            "proposedBy.apiKey"?: components["schemas"]["WhereText"];
            "proposedBy.email"?: components["schemas"]["WhereText"];
            reviewStatus?: {
                /** @enum {string} */
                equals?: "draft" | "submitted" | "accepted" | "returned";
                /** @enum {string} */
                not_equals?: "draft" | "submitted" | "accepted" | "returned";
                in?: ("draft" | "submitted" | "accepted" | "returned")[] | string;
                not_in?: ("draft" | "submitted" | "accepted" | "returned")[] | string;
                exists?: boolean;
            };
            reviewComment?: components["schemas"]["WhereText"];
            submittedAt?: components["schemas"]["WhereDate"];
            searchText?: components["schemas"]["WhereText"];
            updatedAt?: components["schemas"]["WhereDate"];
            createdAt?: components["schemas"]["WhereDate"];
            _status?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            and?: components["schemas"]["NewsItemWhere"][];
            or?: components["schemas"]["NewsItemWhere"][];
        };
        /** @description A field to sort by (`-field` for descending), or several in order of precedence. */
        NewsItemSort: ("id" | "-id" | "title" | "-title" | "slug" | "-slug" | "cover" | "-cover" | "summary" | "-summary" | "firstPublishedAt" | "-firstPublishedAt" | "datePrecision" | "-datePrecision" | "revisedAt" | "-revisedAt" | "sortDate" | "-sortDate" | "visibility" | "-visibility" | "proposedBy" | "-proposedBy" | "reviewStatus" | "-reviewStatus" | "reviewComment" | "-reviewComment" | "submittedAt" | "-submittedAt" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status") | ("id" | "-id" | "title" | "-title" | "slug" | "-slug" | "cover" | "-cover" | "summary" | "-summary" | "firstPublishedAt" | "-firstPublishedAt" | "datePrecision" | "-datePrecision" | "revisedAt" | "-revisedAt" | "sortDate" | "-sortDate" | "visibility" | "-visibility" | "proposedBy" | "-proposedBy" | "reviewStatus" | "-reviewStatus" | "reviewComment" | "-reviewComment" | "submittedAt" | "-submittedAt" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status")[];
        NewsItemCreate: {
            title: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /** @description The alt text is the media item’s own (set it in the media library). */
            cover?: (string | null) | components["schemas"]["Media"];
            summary?: string | null;
            body?: {
                root: {
                    type: string;
                    children: ({
                        type: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    })[];
                    direction: ("ltr" | "rtl") | null;
                    /** @enum {string} */
                    format: "left" | "start" | "center" | "right" | "end" | "justify" | "";
                    indent: number;
                    version: number;
                };
            } | null;
            links?: {
                label: string;
                url: string;
                id?: string | null;
            }[] | null;
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names. */
            contributors?: {
                /** @enum {string} */
                role: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                person?: (string | null) | components["schemas"]["Person"];
                partner?: (string | null) | components["schemas"]["Partner"];
                /** @description As printed. */
                note?: string | null;
                id?: string | null;
            }[] | null;
            /** @description First publication: filled when first published if empty; editable. */
            firstPublishedAt?: string | null;
            /**
             * @description What is known of the date: the day, only the month, only the year.
             * @enum {string|null}
             */
            datePrecision?: "day" | "month" | "year" | null;
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @enum {string} */
            visibility?: "public" | "members";
            /** @description The member account that proposed this content. */
            proposedBy?: (string | null) | components["schemas"]["User"];
            /**
             * @description "Accepted" publishes the proposal; "Returned" gives it back to the member with your comment.
             * @enum {string|null}
             */
            reviewStatus?: "draft" | "submitted" | "accepted" | "returned" | null;
            /** @description Read by the member; required to return. */
            reviewComment?: string | null;
            submittedAt?: string | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        NewsItemUpdate: {
            title?: string;
            /** @description Filled from the title; editable. */
            slug?: string;
            /** @description The alt text is the media item’s own (set it in the media library). */
            cover?: (string | null) | components["schemas"]["Media"];
            summary?: string | null;
            body?: {
                root: {
                    type: string;
                    children: ({
                        type: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    })[];
                    direction: ("ltr" | "rtl") | null;
                    /** @enum {string} */
                    format: "left" | "start" | "center" | "right" | "end" | "justify" | "";
                    indent: number;
                    version: number;
                };
            } | null;
            links?: {
                label: string;
                url: string;
                id?: string | null;
            }[] | null;
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names. */
            contributors?: {
                /** @enum {string} */
                role: "signatory" | "preface-author" | "quoted-official" | "journalist" | "speaker" | "co-author" | "co-signatory" | "organiser" | "funder" | "host";
                person?: (string | null) | components["schemas"]["Person"];
                partner?: (string | null) | components["schemas"]["Partner"];
                /** @description As printed. */
                note?: string | null;
                id?: string | null;
            }[] | null;
            /** @description First publication: filled when first published if empty; editable. */
            firstPublishedAt?: string | null;
            /**
             * @description What is known of the date: the day, only the month, only the year.
             * @enum {string|null}
             */
            datePrecision?: "day" | "month" | "year" | null;
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @enum {string} */
            visibility?: "public" | "members";
            /** @description The member account that proposed this content. */
            proposedBy?: (string | null) | components["schemas"]["User"];
            /**
             * @description "Accepted" publishes the proposal; "Returned" gives it back to the member with your comment.
             * @enum {string|null}
             */
            reviewStatus?: "draft" | "submitted" | "accepted" | "returned" | null;
            /** @description Read by the member; required to return. */
            reviewComment?: string | null;
            submittedAt?: string | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        /** @description A page of Interview documents. */
        InterviewList: {
            docs: components["schemas"]["Interview"][];
            totalDocs: number;
            limit: number;
            totalPages: number;
            page: number;
            /** @description Position of the first document of this page, from 1. */
            pagingCounter: number;
            hasPrevPage: boolean;
            hasNextPage: boolean;
            prevPage: number | null;
            nextPage: number | null;
        };
        InterviewMutation: {
            doc: components["schemas"]["Interview"];
            message: string;
        };
        /** @description Filters on interviews: `where[<field>][<operator>]=<value>`, dotted paths for nested fields and for the fields of related documents (`themes.slug`), combined with `and` / `or`. */
        InterviewWhere: {
            id?: components["schemas"]["WhereId"];
            title?: components["schemas"]["WhereText"];
            slug?: components["schemas"]["WhereText"];
            "officials.person"?: components["schemas"]["WhereId"];
            "officials.person.name"?: components["schemas"]["WhereText"];
            "officials.person.slug"?: components["schemas"]["WhereText"];
            "officials.person.position"?: components["schemas"]["WhereText"];
            "officials.person.organisation"?: components["schemas"]["WhereText"];
            "officials.person.partner"?: components["schemas"]["WhereId"];
            "officials.person.territory"?: components["schemas"]["WhereId"];
            "officials.person.website"?: components["schemas"]["WhereText"];
            "officials.person.searchText"?: components["schemas"]["WhereText"];
            "officials.person.updatedAt"?: components["schemas"]["WhereDate"];
            "officials.person.createdAt"?: components["schemas"]["WhereDate"];
            "officials.person._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            "officials.authority"?: components["schemas"]["WhereId"];
            "officials.authority.name"?: components["schemas"]["WhereText"];
            "officials.authority.slug"?: components["schemas"]["WhereText"];
            "officials.authority.kind"?: {
                /** @enum {string} */
                equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                /** @enum {string} */
                not_equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                not_in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                exists?: boolean;
            };
            "officials.authority.parent"?: components["schemas"]["WhereId"];
            "officials.authority.isMember"?: components["schemas"]["WhereBoolean"];
            "officials.authority.memberSince"?: components["schemas"]["WhereNumber"];
            "officials.authority.searchText"?: components["schemas"]["WhereText"];
            "officials.authority.updatedAt"?: components["schemas"]["WhereDate"];
            "officials.authority.createdAt"?: components["schemas"]["WhereDate"];
            "officials.mandate"?: components["schemas"]["WhereText"];
            "officials.id"?: components["schemas"]["WhereText"];
            portrait?: components["schemas"]["WhereId"];
            "portrait.alt"?: components["schemas"]["WhereText"];
            "portrait.credit"?: components["schemas"]["WhereText"];
            "portrait.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "portrait.updatedAt"?: components["schemas"]["WhereDate"];
            "portrait.createdAt"?: components["schemas"]["WhereDate"];
            "portrait.url"?: components["schemas"]["WhereText"];
            "portrait.thumbnailURL"?: components["schemas"]["WhereText"];
            "portrait.filename"?: components["schemas"]["WhereText"];
            "portrait.mimeType"?: components["schemas"]["WhereText"];
            "portrait.filesize"?: components["schemas"]["WhereNumber"];
            "portrait.width"?: components["schemas"]["WhereNumber"];
            "portrait.height"?: components["schemas"]["WhereNumber"];
            "portrait.focalX"?: components["schemas"]["WhereNumber"];
            "portrait.focalY"?: components["schemas"]["WhereNumber"];
            summary?: components["schemas"]["WhereText"];
            "questions.question"?: components["schemas"]["WhereText"];
            "questions.answer"?: components["schemas"]["WhereRichText"];
            "questions.id"?: components["schemas"]["WhereText"];
            "documents.label"?: components["schemas"]["WhereText"];
            "documents.kind"?: {
                /** @enum {string} */
                equals?: "web" | "pdf" | "print" | "other";
                /** @enum {string} */
                not_equals?: "web" | "pdf" | "print" | "other";
                in?: ("web" | "pdf" | "print" | "other")[] | string;
                not_in?: ("web" | "pdf" | "print" | "other")[] | string;
                exists?: boolean;
            };
            "documents.file"?: components["schemas"]["WhereId"];
            "documents.file.alt"?: components["schemas"]["WhereText"];
            "documents.file.credit"?: components["schemas"]["WhereText"];
            "documents.file.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "documents.file.updatedAt"?: components["schemas"]["WhereDate"];
            "documents.file.createdAt"?: components["schemas"]["WhereDate"];
            "documents.file.url"?: components["schemas"]["WhereText"];
            "documents.file.thumbnailURL"?: components["schemas"]["WhereText"];
            "documents.file.filename"?: components["schemas"]["WhereText"];
            "documents.file.mimeType"?: components["schemas"]["WhereText"];
            "documents.file.filesize"?: components["schemas"]["WhereNumber"];
            "documents.file.width"?: components["schemas"]["WhereNumber"];
            "documents.file.height"?: components["schemas"]["WhereNumber"];
            "documents.file.focalX"?: components["schemas"]["WhereNumber"];
            "documents.file.focalY"?: components["schemas"]["WhereNumber"];
            "documents.url"?: components["schemas"]["WhereText"];
            "documents.id"?: components["schemas"]["WhereText"];
            firstPublishedAt?: components["schemas"]["WhereDate"];
            datePrecision?: {
                /** @enum {string} */
                equals?: "day" | "month" | "year";
                /** @enum {string} */
                not_equals?: "day" | "month" | "year";
                in?: ("day" | "month" | "year")[] | string;
                not_in?: ("day" | "month" | "year")[] | string;
                exists?: boolean;
            };
            revisedAt?: components["schemas"]["WhereDate"];
            sortDate?: components["schemas"]["WhereDate"];
            themes?: components["schemas"]["WhereId"];
            "themes.title"?: components["schemas"]["WhereText"];
            "themes.slug"?: components["schemas"]["WhereText"];
            "themes.description"?: components["schemas"]["WhereText"];
            "themes.searchText"?: components["schemas"]["WhereText"];
            "themes.updatedAt"?: components["schemas"]["WhereDate"];
            "themes.createdAt"?: components["schemas"]["WhereDate"];
            territories?: components["schemas"]["WhereId"];
            "territories.name"?: components["schemas"]["WhereText"];
            "territories.slug"?: components["schemas"]["WhereText"];
            "territories.kind"?: {
                /** @enum {string} */
                equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                /** @enum {string} */
                not_equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                not_in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                exists?: boolean;
            };
            "territories.parent"?: components["schemas"]["WhereId"];
            "territories.isMember"?: components["schemas"]["WhereBoolean"];
            "territories.memberSince"?: components["schemas"]["WhereNumber"];
            "territories.searchText"?: components["schemas"]["WhereText"];
            "territories.updatedAt"?: components["schemas"]["WhereDate"];
            "territories.createdAt"?: components["schemas"]["WhereDate"];
            visibility?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            searchText?: components["schemas"]["WhereText"];
            updatedAt?: components["schemas"]["WhereDate"];
            createdAt?: components["schemas"]["WhereDate"];
            _status?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            and?: components["schemas"]["InterviewWhere"][];
            or?: components["schemas"]["InterviewWhere"][];
        };
        /** @description A field to sort by (`-field` for descending), or several in order of precedence. */
        InterviewSort: ("id" | "-id" | "title" | "-title" | "slug" | "-slug" | "portrait" | "-portrait" | "summary" | "-summary" | "firstPublishedAt" | "-firstPublishedAt" | "datePrecision" | "-datePrecision" | "revisedAt" | "-revisedAt" | "sortDate" | "-sortDate" | "visibility" | "-visibility" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status") | ("id" | "-id" | "title" | "-title" | "slug" | "-slug" | "portrait" | "-portrait" | "summary" | "-summary" | "firstPublishedAt" | "-firstPublishedAt" | "datePrecision" | "-datePrecision" | "revisedAt" | "-revisedAt" | "sortDate" | "-sortDate" | "visibility" | "-visibility" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status")[];
        InterviewCreate: {
            title: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /** @description The person, their mandate at the time and their authority (added to Territories). */
            officials?: {
                person: string | components["schemas"]["Person"];
                authority?: (string | null) | components["schemas"]["Territory"];
                mandate?: string | null;
                id?: string | null;
            }[] | null;
            /** @description The alt text is the media item’s own (set it in the media library). */
            portrait?: (string | null) | components["schemas"]["Media"];
            summary?: string | null;
            questions?: {
                question: string;
                answer?: {
                    root: {
                        type: string;
                        children: ({
                            type: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                        direction: ("ltr" | "rtl") | null;
                        /** @enum {string} */
                        format: "left" | "start" | "center" | "right" | "end" | "justify" | "";
                        indent: number;
                        version: number;
                    };
                } | null;
                id?: string | null;
            }[] | null;
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description First publication: filled when first published if empty; editable. */
            firstPublishedAt?: string | null;
            /**
             * @description What is known of the date: the day, only the month, only the year.
             * @enum {string|null}
             */
            datePrecision?: "day" | "month" | "year" | null;
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @enum {string} */
            visibility?: "public" | "members";
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        InterviewUpdate: {
            title?: string;
            /** @description Filled from the title; editable. */
            slug?: string;
            /** @description The person, their mandate at the time and their authority (added to Territories). */
            officials?: {
                person: string | components["schemas"]["Person"];
                authority?: (string | null) | components["schemas"]["Territory"];
                mandate?: string | null;
                id?: string | null;
            }[] | null;
            /** @description The alt text is the media item’s own (set it in the media library). */
            portrait?: (string | null) | components["schemas"]["Media"];
            summary?: string | null;
            questions?: {
                question: string;
                answer?: {
                    root: {
                        type: string;
                        children: ({
                            type: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                        direction: ("ltr" | "rtl") | null;
                        /** @enum {string} */
                        format: "left" | "start" | "center" | "right" | "end" | "justify" | "";
                        indent: number;
                        version: number;
                    };
                } | null;
                id?: string | null;
            }[] | null;
            documents?: {
                label: string;
                /** @enum {string} */
                kind: "web" | "pdf" | "print" | "other";
                file?: (string | null) | components["schemas"]["Media"];
                url?: string | null;
                id?: string | null;
            }[] | null;
            /** @description First publication: filled when first published if empty; editable. */
            firstPublishedAt?: string | null;
            /**
             * @description What is known of the date: the day, only the month, only the year.
             * @enum {string|null}
             */
            datePrecision?: "day" | "month" | "year" | null;
            /** @description Fill in when the content was revised after publication. */
            revisedAt?: string | null;
            /** @description Computed: the later of the publication and revision dates. Lists and feeds sort on it. */
            sortDate?: string | null;
            themes?: (string | components["schemas"]["Theme"])[] | null;
            territories?: (string | components["schemas"]["Territory"])[] | null;
            /** @enum {string} */
            visibility?: "public" | "members";
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        /** @description A page of Partner documents. */
        PartnerList: {
            docs: components["schemas"]["Partner"][];
            totalDocs: number;
            limit: number;
            totalPages: number;
            page: number;
            /** @description Position of the first document of this page, from 1. */
            pagingCounter: number;
            hasPrevPage: boolean;
            hasNextPage: boolean;
            prevPage: number | null;
            nextPage: number | null;
        };
        PartnerMutation: {
            doc: components["schemas"]["Partner"];
            message: string;
        };
        /** @description Filters on partners: `where[<field>][<operator>]=<value>`, dotted paths for nested fields and for the fields of related documents (`themes.slug`), combined with `and` / `or`. */
        PartnerWhere: {
            id?: components["schemas"]["WhereId"];
            name?: components["schemas"]["WhereText"];
            slug?: components["schemas"]["WhereText"];
            kind?: {
                /** @enum {string} */
                equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                /** @enum {string} */
                not_equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                not_in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                exists?: boolean;
            };
            logo?: components["schemas"]["WhereId"];
            "logo.alt"?: components["schemas"]["WhereText"];
            "logo.credit"?: components["schemas"]["WhereText"];
            "logo.visibility"?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            "logo.updatedAt"?: components["schemas"]["WhereDate"];
            "logo.createdAt"?: components["schemas"]["WhereDate"];
            "logo.url"?: components["schemas"]["WhereText"];
            "logo.thumbnailURL"?: components["schemas"]["WhereText"];
            "logo.filename"?: components["schemas"]["WhereText"];
            "logo.mimeType"?: components["schemas"]["WhereText"];
            "logo.filesize"?: components["schemas"]["WhereNumber"];
            "logo.width"?: components["schemas"]["WhereNumber"];
            "logo.height"?: components["schemas"]["WhereNumber"];
            "logo.focalX"?: components["schemas"]["WhereNumber"];
            "logo.focalY"?: components["schemas"]["WhereNumber"];
            website?: components["schemas"]["WhereText"];
            region?: components["schemas"]["WhereText"];
            description?: components["schemas"]["WhereText"];
            "agreements.title"?: components["schemas"]["WhereText"];
            "agreements.startYear"?: components["schemas"]["WhereNumber"];
            "agreements.endYear"?: components["schemas"]["WhereNumber"];
            "agreements.axes.axis"?: components["schemas"]["WhereText"];
            "agreements.axes.id"?: components["schemas"]["WhereText"];
            "agreements.id"?: components["schemas"]["WhereText"];
            active?: components["schemas"]["WhereBoolean"];
            searchText?: components["schemas"]["WhereText"];
            updatedAt?: components["schemas"]["WhereDate"];
            createdAt?: components["schemas"]["WhereDate"];
            _status?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            and?: components["schemas"]["PartnerWhere"][];
            or?: components["schemas"]["PartnerWhere"][];
        };
        /** @description A field to sort by (`-field` for descending), or several in order of precedence. */
        PartnerSort: ("id" | "-id" | "name" | "-name" | "slug" | "-slug" | "kind" | "-kind" | "logo" | "-logo" | "website" | "-website" | "region" | "-region" | "description" | "-description" | "active" | "-active" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status") | ("id" | "-id" | "name" | "-name" | "slug" | "-slug" | "kind" | "-kind" | "logo" | "-logo" | "website" | "-website" | "region" | "-region" | "description" | "-description" | "active" | "-active" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status")[];
        PartnerCreate: {
            name: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /** @enum {string} */
            kind: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
            logo?: (string | null) | components["schemas"]["Media"];
            website?: string | null;
            region?: string | null;
            description?: string | null;
            agreements?: {
                title: string;
                startYear: number;
                endYear?: number | null;
                axes?: {
                    axis: string;
                    id?: string | null;
                }[] | null;
                id?: string | null;
            }[] | null;
            active?: boolean | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        PartnerUpdate: {
            name?: string;
            /** @description Filled from the title; editable. */
            slug?: string;
            /** @enum {string} */
            kind?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
            logo?: (string | null) | components["schemas"]["Media"];
            website?: string | null;
            region?: string | null;
            description?: string | null;
            agreements?: {
                title: string;
                startYear: number;
                endYear?: number | null;
                axes?: {
                    axis: string;
                    id?: string | null;
                }[] | null;
                id?: string | null;
            }[] | null;
            active?: boolean | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        /** @description A page of Person documents. */
        PersonList: {
            docs: components["schemas"]["Person"][];
            totalDocs: number;
            limit: number;
            totalPages: number;
            page: number;
            /** @description Position of the first document of this page, from 1. */
            pagingCounter: number;
            hasPrevPage: boolean;
            hasNextPage: boolean;
            prevPage: number | null;
            nextPage: number | null;
        };
        PersonMutation: {
            doc: components["schemas"]["Person"];
            message: string;
        };
        /** @description Filters on people: `where[<field>][<operator>]=<value>`, dotted paths for nested fields and for the fields of related documents (`themes.slug`), combined with `and` / `or`. */
        PersonWhere: {
            id?: components["schemas"]["WhereId"];
            name?: components["schemas"]["WhereText"];
            slug?: components["schemas"]["WhereText"];
            position?: components["schemas"]["WhereText"];
            organisation?: components["schemas"]["WhereText"];
            partner?: components["schemas"]["WhereId"];
            "partner.name"?: components["schemas"]["WhereText"];
            "partner.slug"?: components["schemas"]["WhereText"];
            "partner.kind"?: {
                /** @enum {string} */
                equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                /** @enum {string} */
                not_equals?: "local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other";
                in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                not_in?: ("local-authority-network" | "ess-network" | "training-body" | "public-institution" | "cress" | "research" | "other")[] | string;
                exists?: boolean;
            };
            "partner.logo"?: components["schemas"]["WhereId"];
            "partner.website"?: components["schemas"]["WhereText"];
            "partner.region"?: components["schemas"]["WhereText"];
            "partner.description"?: components["schemas"]["WhereText"];
            "partner.active"?: components["schemas"]["WhereBoolean"];
            "partner.searchText"?: components["schemas"]["WhereText"];
            "partner.updatedAt"?: components["schemas"]["WhereDate"];
            "partner.createdAt"?: components["schemas"]["WhereDate"];
            "partner._status"?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            territory?: components["schemas"]["WhereId"];
            "territory.name"?: components["schemas"]["WhereText"];
            "territory.slug"?: components["schemas"]["WhereText"];
            "territory.kind"?: {
                /** @enum {string} */
                equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                /** @enum {string} */
                not_equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                not_in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                exists?: boolean;
            };
            "territory.parent"?: components["schemas"]["WhereId"];
            "territory.isMember"?: components["schemas"]["WhereBoolean"];
            "territory.memberSince"?: components["schemas"]["WhereNumber"];
            "territory.searchText"?: components["schemas"]["WhereText"];
            "territory.updatedAt"?: components["schemas"]["WhereDate"];
            "territory.createdAt"?: components["schemas"]["WhereDate"];
            website?: components["schemas"]["WhereText"];
            searchText?: components["schemas"]["WhereText"];
            updatedAt?: components["schemas"]["WhereDate"];
            createdAt?: components["schemas"]["WhereDate"];
            _status?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            and?: components["schemas"]["PersonWhere"][];
            or?: components["schemas"]["PersonWhere"][];
        };
        /** @description A field to sort by (`-field` for descending), or several in order of precedence. */
        PersonSort: ("id" | "-id" | "name" | "-name" | "slug" | "-slug" | "position" | "-position" | "organisation" | "-organisation" | "partner" | "-partner" | "territory" | "-territory" | "website" | "-website" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status") | ("id" | "-id" | "name" | "-name" | "slug" | "-slug" | "position" | "-position" | "organisation" | "-organisation" | "partner" | "-partner" | "territory" | "-territory" | "website" | "-website" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status")[];
        PersonCreate: {
            /** @description First and last name, as printed. */
            name: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /** @description E.g. "Mayor of Grenoble". */
            position?: string | null;
            organisation?: string | null;
            /** @description The organisation, when it is a partner. */
            partner?: (string | null) | components["schemas"]["Partner"];
            /** @description For an elected official: their local authority. */
            territory?: (string | null) | components["schemas"]["Territory"];
            website?: string | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        PersonUpdate: {
            /** @description First and last name, as printed. */
            name?: string;
            /** @description Filled from the title; editable. */
            slug?: string;
            /** @description E.g. "Mayor of Grenoble". */
            position?: string | null;
            organisation?: string | null;
            /** @description The organisation, when it is a partner. */
            partner?: (string | null) | components["schemas"]["Partner"];
            /** @description For an elected official: their local authority. */
            territory?: (string | null) | components["schemas"]["Territory"];
            website?: string | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        /** @description A page of Theme documents. */
        ThemeList: {
            docs: components["schemas"]["Theme"][];
            totalDocs: number;
            limit: number;
            totalPages: number;
            page: number;
            /** @description Position of the first document of this page, from 1. */
            pagingCounter: number;
            hasPrevPage: boolean;
            hasNextPage: boolean;
            prevPage: number | null;
            nextPage: number | null;
        };
        ThemeMutation: {
            doc: components["schemas"]["Theme"];
            message: string;
        };
        /** @description Filters on themes: `where[<field>][<operator>]=<value>`, dotted paths for nested fields and for the fields of related documents (`themes.slug`), combined with `and` / `or`. */
        ThemeWhere: {
            id?: components["schemas"]["WhereId"];
            title?: components["schemas"]["WhereText"];
            slug?: components["schemas"]["WhereText"];
            description?: components["schemas"]["WhereText"];
            searchText?: components["schemas"]["WhereText"];
            updatedAt?: components["schemas"]["WhereDate"];
            createdAt?: components["schemas"]["WhereDate"];
            and?: components["schemas"]["ThemeWhere"][];
            or?: components["schemas"]["ThemeWhere"][];
        };
        /** @description A field to sort by (`-field` for descending), or several in order of precedence. */
        ThemeSort: ("id" | "-id" | "title" | "-title" | "slug" | "-slug" | "description" | "-description" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt") | ("id" | "-id" | "title" | "-title" | "slug" | "-slug" | "description" | "-description" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt")[];
        ThemeCreate: {
            title: string;
            /** @description Filled from the title; editable. */
            slug: string;
            description?: string | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
        };
        ThemeUpdate: {
            title?: string;
            /** @description Filled from the title; editable. */
            slug?: string;
            description?: string | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
        };
        /** @description A page of Territory documents. */
        TerritoryList: {
            docs: components["schemas"]["Territory"][];
            totalDocs: number;
            limit: number;
            totalPages: number;
            page: number;
            /** @description Position of the first document of this page, from 1. */
            pagingCounter: number;
            hasPrevPage: boolean;
            hasNextPage: boolean;
            prevPage: number | null;
            nextPage: number | null;
        };
        TerritoryMutation: {
            doc: components["schemas"]["Territory"];
            message: string;
        };
        /** @description Filters on territories: `where[<field>][<operator>]=<value>`, dotted paths for nested fields and for the fields of related documents (`themes.slug`), combined with `and` / `or`. */
        TerritoryWhere: {
            id?: components["schemas"]["WhereId"];
            name?: components["schemas"]["WhereText"];
            slug?: components["schemas"]["WhereText"];
            kind?: {
                /** @enum {string} */
                equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                /** @enum {string} */
                not_equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                not_in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                exists?: boolean;
            };
            parent?: components["schemas"]["WhereId"];
            "parent.name"?: components["schemas"]["WhereText"];
            "parent.slug"?: components["schemas"]["WhereText"];
            "parent.kind"?: {
                /** @enum {string} */
                equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                /** @enum {string} */
                not_equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                not_in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                exists?: boolean;
            };
            "parent.parent"?: components["schemas"]["WhereId"];
            "parent.isMember"?: components["schemas"]["WhereBoolean"];
            "parent.memberSince"?: components["schemas"]["WhereNumber"];
            "parent.searchText"?: components["schemas"]["WhereText"];
            "parent.updatedAt"?: components["schemas"]["WhereDate"];
            "parent.createdAt"?: components["schemas"]["WhereDate"];
            isMember?: components["schemas"]["WhereBoolean"];
            memberSince?: components["schemas"]["WhereNumber"];
            searchText?: components["schemas"]["WhereText"];
            updatedAt?: components["schemas"]["WhereDate"];
            createdAt?: components["schemas"]["WhereDate"];
            and?: components["schemas"]["TerritoryWhere"][];
            or?: components["schemas"]["TerritoryWhere"][];
        };
        /** @description A field to sort by (`-field` for descending), or several in order of precedence. */
        TerritorySort: ("id" | "-id" | "name" | "-name" | "slug" | "-slug" | "kind" | "-kind" | "parent" | "-parent" | "isMember" | "-isMember" | "memberSince" | "-memberSince" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt") | ("id" | "-id" | "name" | "-name" | "slug" | "-slug" | "kind" | "-kind" | "parent" | "-parent" | "isMember" | "-isMember" | "memberSince" | "-memberSince" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt")[];
        TerritoryCreate: {
            name: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /**
             * @description From local to national; "National" for the whole of France.
             * @enum {string}
             */
            kind: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
            parent?: (string | null) | components["schemas"]["Territory"];
            isMember?: boolean | null;
            memberSince?: number | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
        };
        TerritoryUpdate: {
            name?: string;
            /** @description Filled from the title; editable. */
            slug?: string;
            /**
             * @description From local to national; "National" for the whole of France.
             * @enum {string}
             */
            kind?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
            parent?: (string | null) | components["schemas"]["Territory"];
            isMember?: boolean | null;
            memberSince?: number | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
        };
        /** @description A page of Media documents. */
        MediaList: {
            docs: components["schemas"]["Media"][];
            totalDocs: number;
            limit: number;
            totalPages: number;
            page: number;
            /** @description Position of the first document of this page, from 1. */
            pagingCounter: number;
            hasPrevPage: boolean;
            hasNextPage: boolean;
            prevPage: number | null;
            nextPage: number | null;
        };
        MediaMutation: {
            doc: components["schemas"]["Media"];
            message: string;
        };
        /** @description Filters on media: `where[<field>][<operator>]=<value>`, dotted paths for nested fields and for the fields of related documents (`themes.slug`), combined with `and` / `or`. */
        MediaWhere: {
            id?: components["schemas"]["WhereId"];
            alt?: components["schemas"]["WhereText"];
            credit?: components["schemas"]["WhereText"];
            visibility?: {
                /** @enum {string} */
                equals?: "public" | "members";
                /** @enum {string} */
                not_equals?: "public" | "members";
                in?: ("public" | "members")[] | string;
                not_in?: ("public" | "members")[] | string;
                exists?: boolean;
            };
            updatedAt?: components["schemas"]["WhereDate"];
            createdAt?: components["schemas"]["WhereDate"];
            url?: components["schemas"]["WhereText"];
            thumbnailURL?: components["schemas"]["WhereText"];
            filename?: components["schemas"]["WhereText"];
            mimeType?: components["schemas"]["WhereText"];
            filesize?: components["schemas"]["WhereNumber"];
            width?: components["schemas"]["WhereNumber"];
            height?: components["schemas"]["WhereNumber"];
            focalX?: components["schemas"]["WhereNumber"];
            focalY?: components["schemas"]["WhereNumber"];
            "sizes.thumbnail.url"?: components["schemas"]["WhereText"];
            "sizes.thumbnail.width"?: components["schemas"]["WhereNumber"];
            "sizes.thumbnail.height"?: components["schemas"]["WhereNumber"];
            "sizes.thumbnail.mimeType"?: components["schemas"]["WhereText"];
            "sizes.thumbnail.filesize"?: components["schemas"]["WhereNumber"];
            "sizes.thumbnail.filename"?: components["schemas"]["WhereText"];
            "sizes.card480Avif.url"?: components["schemas"]["WhereText"];
            "sizes.card480Avif.width"?: components["schemas"]["WhereNumber"];
            "sizes.card480Avif.height"?: components["schemas"]["WhereNumber"];
            "sizes.card480Avif.mimeType"?: components["schemas"]["WhereText"];
            "sizes.card480Avif.filesize"?: components["schemas"]["WhereNumber"];
            "sizes.card480Avif.filename"?: components["schemas"]["WhereText"];
            "sizes.card480Webp.url"?: components["schemas"]["WhereText"];
            "sizes.card480Webp.width"?: components["schemas"]["WhereNumber"];
            "sizes.card480Webp.height"?: components["schemas"]["WhereNumber"];
            "sizes.card480Webp.mimeType"?: components["schemas"]["WhereText"];
            "sizes.card480Webp.filesize"?: components["schemas"]["WhereNumber"];
            "sizes.card480Webp.filename"?: components["schemas"]["WhereText"];
            "sizes.card960Avif.url"?: components["schemas"]["WhereText"];
            "sizes.card960Avif.width"?: components["schemas"]["WhereNumber"];
            "sizes.card960Avif.height"?: components["schemas"]["WhereNumber"];
            "sizes.card960Avif.mimeType"?: components["schemas"]["WhereText"];
            "sizes.card960Avif.filesize"?: components["schemas"]["WhereNumber"];
            "sizes.card960Avif.filename"?: components["schemas"]["WhereText"];
            "sizes.card960Webp.url"?: components["schemas"]["WhereText"];
            "sizes.card960Webp.width"?: components["schemas"]["WhereNumber"];
            "sizes.card960Webp.height"?: components["schemas"]["WhereNumber"];
            "sizes.card960Webp.mimeType"?: components["schemas"]["WhereText"];
            "sizes.card960Webp.filesize"?: components["schemas"]["WhereNumber"];
            "sizes.card960Webp.filename"?: components["schemas"]["WhereText"];
            "sizes.hero1280Avif.url"?: components["schemas"]["WhereText"];
            "sizes.hero1280Avif.width"?: components["schemas"]["WhereNumber"];
            "sizes.hero1280Avif.height"?: components["schemas"]["WhereNumber"];
            "sizes.hero1280Avif.mimeType"?: components["schemas"]["WhereText"];
            "sizes.hero1280Avif.filesize"?: components["schemas"]["WhereNumber"];
            "sizes.hero1280Avif.filename"?: components["schemas"]["WhereText"];
            "sizes.hero1280Webp.url"?: components["schemas"]["WhereText"];
            "sizes.hero1280Webp.width"?: components["schemas"]["WhereNumber"];
            "sizes.hero1280Webp.height"?: components["schemas"]["WhereNumber"];
            "sizes.hero1280Webp.mimeType"?: components["schemas"]["WhereText"];
            "sizes.hero1280Webp.filesize"?: components["schemas"]["WhereNumber"];
            "sizes.hero1280Webp.filename"?: components["schemas"]["WhereText"];
            "sizes.hero1920Avif.url"?: components["schemas"]["WhereText"];
            "sizes.hero1920Avif.width"?: components["schemas"]["WhereNumber"];
            "sizes.hero1920Avif.height"?: components["schemas"]["WhereNumber"];
            "sizes.hero1920Avif.mimeType"?: components["schemas"]["WhereText"];
            "sizes.hero1920Avif.filesize"?: components["schemas"]["WhereNumber"];
            "sizes.hero1920Avif.filename"?: components["schemas"]["WhereText"];
            "sizes.hero1920Webp.url"?: components["schemas"]["WhereText"];
            "sizes.hero1920Webp.width"?: components["schemas"]["WhereNumber"];
            "sizes.hero1920Webp.height"?: components["schemas"]["WhereNumber"];
            "sizes.hero1920Webp.mimeType"?: components["schemas"]["WhereText"];
            "sizes.hero1920Webp.filesize"?: components["schemas"]["WhereNumber"];
            "sizes.hero1920Webp.filename"?: components["schemas"]["WhereText"];
            and?: components["schemas"]["MediaWhere"][];
            or?: components["schemas"]["MediaWhere"][];
        };
        /** @description A field to sort by (`-field` for descending), or several in order of precedence. */
        MediaSort: ("id" | "-id" | "alt" | "-alt" | "credit" | "-credit" | "visibility" | "-visibility" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "url" | "-url" | "thumbnailURL" | "-thumbnailURL" | "filename" | "-filename" | "mimeType" | "-mimeType" | "filesize" | "-filesize" | "width" | "-width" | "height" | "-height" | "focalX" | "-focalX" | "focalY" | "-focalY" | "sizes.thumbnail.url" | "-sizes.thumbnail.url" | "sizes.thumbnail.width" | "-sizes.thumbnail.width" | "sizes.thumbnail.height" | "-sizes.thumbnail.height" | "sizes.thumbnail.mimeType" | "-sizes.thumbnail.mimeType" | "sizes.thumbnail.filesize" | "-sizes.thumbnail.filesize" | "sizes.thumbnail.filename" | "-sizes.thumbnail.filename" | "sizes.card480Avif.url" | "-sizes.card480Avif.url" | "sizes.card480Avif.width" | "-sizes.card480Avif.width" | "sizes.card480Avif.height" | "-sizes.card480Avif.height" | "sizes.card480Avif.mimeType" | "-sizes.card480Avif.mimeType" | "sizes.card480Avif.filesize" | "-sizes.card480Avif.filesize" | "sizes.card480Avif.filename" | "-sizes.card480Avif.filename" | "sizes.card480Webp.url" | "-sizes.card480Webp.url" | "sizes.card480Webp.width" | "-sizes.card480Webp.width" | "sizes.card480Webp.height" | "-sizes.card480Webp.height" | "sizes.card480Webp.mimeType" | "-sizes.card480Webp.mimeType" | "sizes.card480Webp.filesize" | "-sizes.card480Webp.filesize" | "sizes.card480Webp.filename" | "-sizes.card480Webp.filename" | "sizes.card960Avif.url" | "-sizes.card960Avif.url" | "sizes.card960Avif.width" | "-sizes.card960Avif.width" | "sizes.card960Avif.height" | "-sizes.card960Avif.height" | "sizes.card960Avif.mimeType" | "-sizes.card960Avif.mimeType" | "sizes.card960Avif.filesize" | "-sizes.card960Avif.filesize" | "sizes.card960Avif.filename" | "-sizes.card960Avif.filename" | "sizes.card960Webp.url" | "-sizes.card960Webp.url" | "sizes.card960Webp.width" | "-sizes.card960Webp.width" | "sizes.card960Webp.height" | "-sizes.card960Webp.height" | "sizes.card960Webp.mimeType" | "-sizes.card960Webp.mimeType" | "sizes.card960Webp.filesize" | "-sizes.card960Webp.filesize" | "sizes.card960Webp.filename" | "-sizes.card960Webp.filename" | "sizes.hero1280Avif.url" | "-sizes.hero1280Avif.url" | "sizes.hero1280Avif.width" | "-sizes.hero1280Avif.width" | "sizes.hero1280Avif.height" | "-sizes.hero1280Avif.height" | "sizes.hero1280Avif.mimeType" | "-sizes.hero1280Avif.mimeType" | "sizes.hero1280Avif.filesize" | "-sizes.hero1280Avif.filesize" | "sizes.hero1280Avif.filename" | "-sizes.hero1280Avif.filename" | "sizes.hero1280Webp.url" | "-sizes.hero1280Webp.url" | "sizes.hero1280Webp.width" | "-sizes.hero1280Webp.width" | "sizes.hero1280Webp.height" | "-sizes.hero1280Webp.height" | "sizes.hero1280Webp.mimeType" | "-sizes.hero1280Webp.mimeType" | "sizes.hero1280Webp.filesize" | "-sizes.hero1280Webp.filesize" | "sizes.hero1280Webp.filename" | "-sizes.hero1280Webp.filename" | "sizes.hero1920Avif.url" | "-sizes.hero1920Avif.url" | "sizes.hero1920Avif.width" | "-sizes.hero1920Avif.width" | "sizes.hero1920Avif.height" | "-sizes.hero1920Avif.height" | "sizes.hero1920Avif.mimeType" | "-sizes.hero1920Avif.mimeType" | "sizes.hero1920Avif.filesize" | "-sizes.hero1920Avif.filesize" | "sizes.hero1920Avif.filename" | "-sizes.hero1920Avif.filename" | "sizes.hero1920Webp.url" | "-sizes.hero1920Webp.url" | "sizes.hero1920Webp.width" | "-sizes.hero1920Webp.width" | "sizes.hero1920Webp.height" | "-sizes.hero1920Webp.height" | "sizes.hero1920Webp.mimeType" | "-sizes.hero1920Webp.mimeType" | "sizes.hero1920Webp.filesize" | "-sizes.hero1920Webp.filesize" | "sizes.hero1920Webp.filename" | "-sizes.hero1920Webp.filename") | ("id" | "-id" | "alt" | "-alt" | "credit" | "-credit" | "visibility" | "-visibility" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "url" | "-url" | "thumbnailURL" | "-thumbnailURL" | "filename" | "-filename" | "mimeType" | "-mimeType" | "filesize" | "-filesize" | "width" | "-width" | "height" | "-height" | "focalX" | "-focalX" | "focalY" | "-focalY" | "sizes.thumbnail.url" | "-sizes.thumbnail.url" | "sizes.thumbnail.width" | "-sizes.thumbnail.width" | "sizes.thumbnail.height" | "-sizes.thumbnail.height" | "sizes.thumbnail.mimeType" | "-sizes.thumbnail.mimeType" | "sizes.thumbnail.filesize" | "-sizes.thumbnail.filesize" | "sizes.thumbnail.filename" | "-sizes.thumbnail.filename" | "sizes.card480Avif.url" | "-sizes.card480Avif.url" | "sizes.card480Avif.width" | "-sizes.card480Avif.width" | "sizes.card480Avif.height" | "-sizes.card480Avif.height" | "sizes.card480Avif.mimeType" | "-sizes.card480Avif.mimeType" | "sizes.card480Avif.filesize" | "-sizes.card480Avif.filesize" | "sizes.card480Avif.filename" | "-sizes.card480Avif.filename" | "sizes.card480Webp.url" | "-sizes.card480Webp.url" | "sizes.card480Webp.width" | "-sizes.card480Webp.width" | "sizes.card480Webp.height" | "-sizes.card480Webp.height" | "sizes.card480Webp.mimeType" | "-sizes.card480Webp.mimeType" | "sizes.card480Webp.filesize" | "-sizes.card480Webp.filesize" | "sizes.card480Webp.filename" | "-sizes.card480Webp.filename" | "sizes.card960Avif.url" | "-sizes.card960Avif.url" | "sizes.card960Avif.width" | "-sizes.card960Avif.width" | "sizes.card960Avif.height" | "-sizes.card960Avif.height" | "sizes.card960Avif.mimeType" | "-sizes.card960Avif.mimeType" | "sizes.card960Avif.filesize" | "-sizes.card960Avif.filesize" | "sizes.card960Avif.filename" | "-sizes.card960Avif.filename" | "sizes.card960Webp.url" | "-sizes.card960Webp.url" | "sizes.card960Webp.width" | "-sizes.card960Webp.width" | "sizes.card960Webp.height" | "-sizes.card960Webp.height" | "sizes.card960Webp.mimeType" | "-sizes.card960Webp.mimeType" | "sizes.card960Webp.filesize" | "-sizes.card960Webp.filesize" | "sizes.card960Webp.filename" | "-sizes.card960Webp.filename" | "sizes.hero1280Avif.url" | "-sizes.hero1280Avif.url" | "sizes.hero1280Avif.width" | "-sizes.hero1280Avif.width" | "sizes.hero1280Avif.height" | "-sizes.hero1280Avif.height" | "sizes.hero1280Avif.mimeType" | "-sizes.hero1280Avif.mimeType" | "sizes.hero1280Avif.filesize" | "-sizes.hero1280Avif.filesize" | "sizes.hero1280Avif.filename" | "-sizes.hero1280Avif.filename" | "sizes.hero1280Webp.url" | "-sizes.hero1280Webp.url" | "sizes.hero1280Webp.width" | "-sizes.hero1280Webp.width" | "sizes.hero1280Webp.height" | "-sizes.hero1280Webp.height" | "sizes.hero1280Webp.mimeType" | "-sizes.hero1280Webp.mimeType" | "sizes.hero1280Webp.filesize" | "-sizes.hero1280Webp.filesize" | "sizes.hero1280Webp.filename" | "-sizes.hero1280Webp.filename" | "sizes.hero1920Avif.url" | "-sizes.hero1920Avif.url" | "sizes.hero1920Avif.width" | "-sizes.hero1920Avif.width" | "sizes.hero1920Avif.height" | "-sizes.hero1920Avif.height" | "sizes.hero1920Avif.mimeType" | "-sizes.hero1920Avif.mimeType" | "sizes.hero1920Avif.filesize" | "-sizes.hero1920Avif.filesize" | "sizes.hero1920Avif.filename" | "-sizes.hero1920Avif.filename" | "sizes.hero1920Webp.url" | "-sizes.hero1920Webp.url" | "sizes.hero1920Webp.width" | "-sizes.hero1920Webp.width" | "sizes.hero1920Webp.height" | "-sizes.hero1920Webp.height" | "sizes.hero1920Webp.mimeType" | "-sizes.hero1920Webp.mimeType" | "sizes.hero1920Webp.filesize" | "-sizes.hero1920Webp.filesize" | "sizes.hero1920Webp.filename" | "-sizes.hero1920Webp.filename")[];
        MediaCreate: {
            /** @description Required for an image: what it shows, for screen readers. Not needed for a PDF. */
            alt?: string | null;
            credit?: string | null;
            /** @enum {string} */
            visibility?: "public" | "members";
            url?: string | null;
            thumbnailURL?: string | null;
            filename?: string | null;
            mimeType?: string | null;
            filesize?: number | null;
            width?: number | null;
            height?: number | null;
            focalX?: number | null;
            focalY?: number | null;
            sizes?: {
                thumbnail?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                card480Avif?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                card480Webp?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                card960Avif?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                card960Webp?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                hero1280Avif?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                hero1280Webp?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                hero1920Avif?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                hero1920Webp?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
            };
        };
        MediaUpdate: {
            /** @description Required for an image: what it shows, for screen readers. Not needed for a PDF. */
            alt?: string | null;
            credit?: string | null;
            /** @enum {string} */
            visibility?: "public" | "members";
            url?: string | null;
            thumbnailURL?: string | null;
            filename?: string | null;
            mimeType?: string | null;
            filesize?: number | null;
            width?: number | null;
            height?: number | null;
            focalX?: number | null;
            focalY?: number | null;
            sizes?: {
                thumbnail?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                card480Avif?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                card480Webp?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                card960Avif?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                card960Webp?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                hero1280Avif?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                hero1280Webp?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                hero1920Avif?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
                hero1920Webp?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                };
            };
        };
        /** @description A page of Newsletter documents. */
        NewsletterList: {
            docs: components["schemas"]["Newsletter"][];
            totalDocs: number;
            limit: number;
            totalPages: number;
            page: number;
            /** @description Position of the first document of this page, from 1. */
            pagingCounter: number;
            hasPrevPage: boolean;
            hasNextPage: boolean;
            prevPage: number | null;
            nextPage: number | null;
        };
        NewsletterMutation: {
            doc: components["schemas"]["Newsletter"];
            message: string;
        };
        /** @description Filters on newsletters: `where[<field>][<operator>]=<value>`, dotted paths for nested fields and for the fields of related documents (`themes.slug`), combined with `and` / `or`. */
        NewsletterWhere: {
            id?: components["schemas"]["WhereId"];
            title?: components["schemas"]["WhereText"];
            slug?: components["schemas"]["WhereText"];
            series?: {
                /** @enum {string} */
                equals?: "lettre-electronique" | "flash-hebdo" | "politique-de-la-ville";
                /** @enum {string} */
                not_equals?: "lettre-electronique" | "flash-hebdo" | "politique-de-la-ville";
                in?: ("lettre-electronique" | "flash-hebdo" | "politique-de-la-ville")[] | string;
                not_in?: ("lettre-electronique" | "flash-hebdo" | "politique-de-la-ville")[] | string;
                exists?: boolean;
            };
            number?: components["schemas"]["WhereNumber"];
            date?: components["schemas"]["WhereDate"];
            preheader?: components["schemas"]["WhereText"];
            intro?: components["schemas"]["WhereRichText"];
            "items.doc.relationTo"?: {
                /** @enum {string} */
                equals?: "news" | "interviews" | "events" | "fiches" | "kits" | "press-articles" | "advocacy-contributions";
                /** @enum {string} */
                not_equals?: "news" | "interviews" | "events" | "fiches" | "kits" | "press-articles" | "advocacy-contributions";
                in?: ("news" | "interviews" | "events" | "fiches" | "kits" | "press-articles" | "advocacy-contributions")[] | string;
                not_in?: ("news" | "interviews" | "events" | "fiches" | "kits" | "press-articles" | "advocacy-contributions")[] | string;
                exists?: boolean;
            };
            "items.doc.value"?: components["schemas"]["WhereId"];
            "items.note"?: components["schemas"]["WhereText"];
            "items.id"?: components["schemas"]["WhereText"];
            searchText?: components["schemas"]["WhereText"];
            updatedAt?: components["schemas"]["WhereDate"];
            createdAt?: components["schemas"]["WhereDate"];
            _status?: {
                /** @enum {string} */
                equals?: "draft" | "published";
                /** @enum {string} */
                not_equals?: "draft" | "published";
                in?: ("draft" | "published")[] | string;
                not_in?: ("draft" | "published")[] | string;
                exists?: boolean;
            };
            and?: components["schemas"]["NewsletterWhere"][];
            or?: components["schemas"]["NewsletterWhere"][];
        };
        /** @description A field to sort by (`-field` for descending), or several in order of precedence. */
        NewsletterSort: ("id" | "-id" | "title" | "-title" | "slug" | "-slug" | "series" | "-series" | "number" | "-number" | "date" | "-date" | "preheader" | "-preheader" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status") | ("id" | "-id" | "title" | "-title" | "slug" | "-slug" | "series" | "-series" | "number" | "-number" | "date" | "-date" | "preheader" | "-preheader" | "searchText" | "-searchText" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "_status" | "-_status")[];
        /** @description Newsletter, members-only weekly flash and urban policy letter. Email version: /api/newsletters/<id>/html and /text. */
        NewsletterCreate: {
            title: string;
            /** @description Filled from the title; editable. */
            slug: string;
            /**
             * @description The weekly flash is members-only.
             * @enum {string}
             */
            series: "lettre-electronique" | "flash-hebdo" | "politique-de-la-ville";
            number: number;
            date: string;
            /** @description Shown by mail clients after the subject; also the feed summary. */
            preheader?: string | null;
            intro?: {
                root: {
                    type: string;
                    children: ({
                        type: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    })[];
                    direction: ("ltr" | "rtl") | null;
                    /** @enum {string} */
                    format: "left" | "start" | "center" | "right" | "end" | "justify" | "";
                    indent: number;
                    version: number;
                };
            } | null;
            /** @description In the letter’s order. Only published content the reader may see is rendered. */
            items?: {
                doc: {
                    /** @constant */
                    relationTo: "news";
                    value: string | components["schemas"]["NewsItem"];
                } | {
                    /** @constant */
                    relationTo: "interviews";
                    value: string | components["schemas"]["Interview"];
                } | {
                    /** @constant */
                    relationTo: "events";
                    value: string | components["schemas"]["Event"];
                } | {
                    /** @constant */
                    relationTo: "fiches";
                    value: string | components["schemas"]["Fiche"];
                } | {
                    /** @constant */
                    relationTo: "kits";
                    value: string | components["schemas"]["Kit"];
                } | {
                    /** @constant */
                    relationTo: "press-articles";
                    value: string | components["schemas"]["PressArticle"];
                } | {
                    /** @constant */
                    relationTo: "advocacy-contributions";
                    value: string | components["schemas"]["AdvocacyContribution"];
                };
                note?: string | null;
                id?: string | null;
            }[] | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        /** @description Newsletter, members-only weekly flash and urban policy letter. Email version: /api/newsletters/<id>/html and /text. */
        NewsletterUpdate: {
            title?: string;
            /** @description Filled from the title; editable. */
            slug?: string;
            /**
             * @description The weekly flash is members-only.
             * @enum {string}
             */
            series?: "lettre-electronique" | "flash-hebdo" | "politique-de-la-ville";
            number?: number;
            date?: string;
            /** @description Shown by mail clients after the subject; also the feed summary. */
            preheader?: string | null;
            intro?: {
                root: {
                    type: string;
                    children: ({
                        type: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    })[];
                    direction: ("ltr" | "rtl") | null;
                    /** @enum {string} */
                    format: "left" | "start" | "center" | "right" | "end" | "justify" | "";
                    indent: number;
                    version: number;
                };
            } | null;
            /** @description In the letter’s order. Only published content the reader may see is rendered. */
            items?: {
                doc: {
                    /** @constant */
                    relationTo: "news";
                    value: string | components["schemas"]["NewsItem"];
                } | {
                    /** @constant */
                    relationTo: "interviews";
                    value: string | components["schemas"]["Interview"];
                } | {
                    /** @constant */
                    relationTo: "events";
                    value: string | components["schemas"]["Event"];
                } | {
                    /** @constant */
                    relationTo: "fiches";
                    value: string | components["schemas"]["Fiche"];
                } | {
                    /** @constant */
                    relationTo: "kits";
                    value: string | components["schemas"]["Kit"];
                } | {
                    /** @constant */
                    relationTo: "press-articles";
                    value: string | components["schemas"]["PressArticle"];
                } | {
                    /** @constant */
                    relationTo: "advocacy-contributions";
                    value: string | components["schemas"]["AdvocacyContribution"];
                };
                note?: string | null;
                id?: string | null;
            }[] | null;
            /** @description Maintained automatically: the searchable fields of every language, lower-case without accents. */
            searchText?: string | null;
            /** @enum {string|null} */
            _status?: "draft" | "published" | null;
        };
        /** @description A page of User documents. */
        UserList: {
            docs: components["schemas"]["User"][];
            totalDocs: number;
            limit: number;
            totalPages: number;
            page: number;
            /** @description Position of the first document of this page, from 1. */
            pagingCounter: number;
            hasPrevPage: boolean;
            hasNextPage: boolean;
            prevPage: number | null;
            nextPage: number | null;
        };
        UserMutation: {
            doc: components["schemas"]["User"];
            message: string;
        };
        /** @description Filters on users: `where[<field>][<operator>]=<value>`, dotted paths for nested fields and for the fields of related documents (`themes.slug`), combined with `and` / `or`. */
        UserWhere: {
            id?: components["schemas"]["WhereId"];
            name?: components["schemas"]["WhereText"];
            role?: {
                /** @enum {string} */
                equals?: "admin" | "editor" | "member" | "partner";
                /** @enum {string} */
                not_equals?: "admin" | "editor" | "member" | "partner";
                in?: ("admin" | "editor" | "member" | "partner")[] | string;
                not_in?: ("admin" | "editor" | "member" | "partner")[] | string;
                exists?: boolean;
            };
            authority?: components["schemas"]["WhereId"];
            "authority.name"?: components["schemas"]["WhereText"];
            "authority.slug"?: components["schemas"]["WhereText"];
            "authority.kind"?: {
                /** @enum {string} */
                equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                /** @enum {string} */
                not_equals?: "commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national";
                in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                not_in?: ("commune" | "intercommunalite" | "pays" | "petr" | "departement" | "region" | "interregional" | "national")[] | string;
                exists?: boolean;
            };
            "authority.parent"?: components["schemas"]["WhereId"];
            "authority.isMember"?: components["schemas"]["WhereBoolean"];
            "authority.memberSince"?: components["schemas"]["WhereNumber"];
            "authority.searchText"?: components["schemas"]["WhereText"];
            "authority.updatedAt"?: components["schemas"]["WhereDate"];
            "authority.createdAt"?: components["schemas"]["WhereDate"];
            updatedAt?: components["schemas"]["WhereDate"];
            createdAt?: components["schemas"]["WhereDate"];
            enableAPIKey?: components["schemas"]["WhereBoolean"];
            apiKey?: components["schemas"]["WhereText"];
            email?: components["schemas"]["WhereText"];
            "sessions.id"?: components["schemas"]["WhereText"];
            "sessions.createdAt"?: components["schemas"]["WhereDate"];
            "sessions.expiresAt"?: components["schemas"]["WhereDate"];
            and?: components["schemas"]["UserWhere"][];
            or?: components["schemas"]["UserWhere"][];
        };
        /** @description A field to sort by (`-field` for descending), or several in order of precedence. */
        UserSort: ("id" | "-id" | "name" | "-name" | "role" | "-role" | "authority" | "-authority" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "enableAPIKey" | "-enableAPIKey" | "apiKey" | "-apiKey" | "email" | "-email") | ("id" | "-id" | "name" | "-name" | "role" | "-role" | "authority" | "-authority" | "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "enableAPIKey" | "-enableAPIKey" | "apiKey" | "-apiKey" | "email" | "-email")[];
        UserCreate: {
            name?: string | null;
            /** @enum {string|null} */
            role?: "admin" | "editor" | "member" | "partner" | null;
            /** @description For a member account: the authority it proposes news and events for. */
            authority?: (string | null) | components["schemas"]["Territory"];
            enableAPIKey?: boolean | null;
            apiKey?: string | null;
            email: string;
            sessions?: {
                id: string;
                createdAt?: string | null;
                expiresAt: string;
            }[] | null;
            password: string;
        };
        UserUpdate: {
            name?: string | null;
            /** @enum {string|null} */
            role?: "admin" | "editor" | "member" | "partner" | null;
            /** @description For a member account: the authority it proposes news and events for. */
            authority?: (string | null) | components["schemas"]["Territory"];
            enableAPIKey?: boolean | null;
            apiKey?: string | null;
            email?: string;
            sessions?: {
                id: string;
                createdAt?: string | null;
                expiresAt: string;
            }[] | null;
            password?: string;
        };
        /** UserSession */
        UserSession: {
            id: string;
            name?: string | null;
            /** @enum {string|null} */
            role?: "admin" | "editor" | "member" | "partner" | null;
            /** @description For a member account: the authority it proposes news and events for. */
            authority?: (string | null) | components["schemas"]["Territory"];
            updatedAt?: string | null;
            createdAt?: string | null;
            enableAPIKey?: boolean | null;
            apiKey?: string | null;
            hasAPIKey?: boolean | null;
            email?: string;
            sessions?: {
                id: string;
                createdAt?: string | null;
                expiresAt: string;
            }[] | null;
            /** @enum {string} */
            collection?: "users";
            /** @description How the request authenticated (`local-jwt`, `api-key`). */
            _strategy?: string;
        };
        UserLogin: {
            email: string;
            password: string;
        };
        UserLoginResult: {
            message: string;
            /** @description Send it as `Authorization: Bearer <token>`. */
            token?: string;
            /** @description Expiry of the token (seconds since the epoch). */
            exp?: number;
            user: components["schemas"]["UserSession"];
        };
        UserMe: {
            user: components["schemas"]["UserSession"] | null;
            collection?: string;
            strategy?: string;
            token?: string;
            exp?: number;
            message?: string;
        };
        UserRefreshResult: {
            message?: string;
            refreshedToken: string;
            exp?: number;
            setCookie?: boolean;
            strategy?: string;
            user: components["schemas"]["UserSession"];
        };
        /** @description `like` matches every word in any order, `contains` a substring (both case-insensitive). */
        WhereText: {
            equals?: string;
            not_equals?: string;
            in?: string[] | string;
            not_in?: string[] | string;
            exists?: boolean;
            like?: string;
            not_like?: string;
            contains?: string;
            greater_than?: string;
            greater_than_equal?: string;
            less_than?: string;
            less_than_equal?: string;
        };
        WhereNumber: {
            equals?: number;
            not_equals?: number;
            in?: number[] | string;
            not_in?: number[] | string;
            exists?: boolean;
            greater_than?: number;
            greater_than_equal?: number;
            less_than?: number;
            less_than_equal?: number;
        };
        /** @description Dates as ISO 8601 strings. */
        WhereDate: {
            equals?: string;
            not_equals?: string;
            in?: string[] | string;
            not_in?: string[] | string;
            exists?: boolean;
            greater_than?: string;
            greater_than_equal?: string;
            less_than?: string;
            less_than_equal?: string;
        };
        WhereBoolean: {
            equals?: boolean;
            not_equals?: boolean;
            exists?: boolean;
        };
        /** @description A document id (a relationship compares the related id). */
        WhereId: {
            equals?: string;
            not_equals?: string;
            in?: string[] | string;
            not_in?: string[] | string;
            exists?: boolean;
            all?: string[] | string;
        };
        WhereRichText: {
            like?: string;
            not_like?: string;
            contains?: string;
            exists?: boolean;
        };
        WhereJSON: {
            equals?: unknown;
            not_equals?: unknown;
            in?: unknown[] | string;
            not_in?: unknown[] | string;
            exists?: boolean;
            like?: unknown;
            contains?: unknown;
        };
        WherePoint: {
            near?: unknown;
            within?: unknown;
            intersects?: unknown;
            exists?: boolean;
        };
        /** @description Every error response of the API: one or more messages (in the request’s language). */
        Error: {
            errors: {
                message: string;
                /** @description The error class, e.g. `ValidationError`, when Payload exposes it. */
                name?: string;
                /** @description The offending field, when there is one. */
                field?: string;
                /** @description Details, e.g. `{ errors: [{ path, message }] }` for a validation error. */
                data?: Record<string, unknown> | unknown[] | string | number | boolean | null;
            }[];
        };
        Count: {
            totalDocs: number;
        };
        Message: {
            message: string;
        };
        /** @description The JSON body of a webhook delivery. */
        WebhookEvent: {
            /** @description The delivery id (also `X-RTES-Delivery`): the same on every retry. */
            id: string;
            documentId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            event: "publish" | "update";
            /** @constant */
            collection: "fiches";
            doc: components["schemas"]["Fiche"];
        } | {
            /** @description The delivery id (also `X-RTES-Delivery`): the same on every retry. */
            id: string;
            documentId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            event: "publish" | "update";
            /** @constant */
            collection: "kits";
            doc: components["schemas"]["Kit"];
        } | {
            /** @description The delivery id (also `X-RTES-Delivery`): the same on every retry. */
            id: string;
            documentId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            event: "publish" | "update";
            /** @constant */
            collection: "press-articles";
            doc: components["schemas"]["PressArticle"];
        } | {
            /** @description The delivery id (also `X-RTES-Delivery`): the same on every retry. */
            id: string;
            documentId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            event: "publish" | "update";
            /** @constant */
            collection: "partners";
            doc: components["schemas"]["Partner"];
        } | {
            /** @description The delivery id (also `X-RTES-Delivery`): the same on every retry. */
            id: string;
            documentId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            event: "publish" | "update";
            /** @constant */
            collection: "advocacy-contributions";
            doc: components["schemas"]["AdvocacyContribution"];
        } | {
            /** @description The delivery id (also `X-RTES-Delivery`): the same on every retry. */
            id: string;
            documentId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            event: "publish" | "update";
            /** @constant */
            collection: "events";
            doc: components["schemas"]["Event"];
        } | {
            /** @description The delivery id (also `X-RTES-Delivery`): the same on every retry. */
            id: string;
            documentId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            event: "publish" | "update";
            /** @constant */
            collection: "themes";
            doc: components["schemas"]["Theme"];
        } | {
            /** @description The delivery id (also `X-RTES-Delivery`): the same on every retry. */
            id: string;
            documentId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            event: "publish" | "update";
            /** @constant */
            collection: "territories";
            doc: components["schemas"]["Territory"];
        } | {
            /** @description The delivery id (also `X-RTES-Delivery`): the same on every retry. */
            id: string;
            documentId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            event: "publish" | "update";
            /** @constant */
            collection: "people";
            doc: components["schemas"]["Person"];
        } | {
            /** @description The delivery id (also `X-RTES-Delivery`): the same on every retry. */
            id: string;
            documentId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            event: "publish" | "update";
            /** @constant */
            collection: "news";
            doc: components["schemas"]["NewsItem"];
        } | {
            /** @description The delivery id (also `X-RTES-Delivery`): the same on every retry. */
            id: string;
            documentId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            event: "publish" | "update";
            /** @constant */
            collection: "interviews";
            doc: components["schemas"]["Interview"];
        } | {
            /** @description The delivery id (also `X-RTES-Delivery`): the same on every retry. */
            id: string;
            documentId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            event: "publish" | "update";
            /** @constant */
            collection: "newsletters";
            doc: components["schemas"]["Newsletter"];
        } | {
            /** @description The delivery id (also `X-RTES-Delivery`): the same on every retry. */
            id: string;
            documentId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            event: "unpublish" | "delete";
            /** @enum {string} */
            collection: "fiches" | "kits" | "press-articles" | "partners" | "advocacy-contributions" | "events" | "themes" | "territories" | "people" | "news" | "interviews" | "newsletters";
        };
    };
    responses: {
        /** @description Invalid request: a `where` on an unknown path, a validation error, malformed JSON, or a sort or filter that would reveal related documents the caller may not read. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Wrong credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not allowed for these credentials (or without any). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such document, or not readable with these credentials. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
        depth: number;
        /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
        draft: boolean;
        /** @description Documents per page (default 10, at most 100: API_MAX_LIMIT). A value out of range, `limit=0` and `pagination=false` are refused with a 400: page through with `page`. */
        limit: number;
        /** @description Page number, from 1. */
        page: number;
        /** @description `html`: every rich-text field `x` (e.g. `body`) comes with `xHtml`, its sanitised HTML, where internal links and embedded documents point at the public site and images are `<picture>` elements with AVIF and WebP sources (documents populated by `depth` too). Keep the rich-text field in `select` to get its HTML. */
        richText: "html";
        /** @description `false` skips counting every match (faster on large collections): `totalDocs` and `totalPages` then describe this page alone and `hasNextPage` is false, so ask for the next page until one holds fewer than `limit` documents. Always give a `limit` with it (`limit` 0 or none returns every match). */
        pagination: boolean;
        /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
        locale: "fr" | "en";
        /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
        fallbackLocale: "fr" | "en" | "none";
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    findFiches: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["FicheWhere"];
                /** @description Sort order (default `-sortDate`): a field, `-field` for descending, or several (comma-separated). */
                sort?: components["schemas"]["FicheSort"];
                /** @description Documents per page (default 10, at most 100: API_MAX_LIMIT). A value out of range, `limit=0` and `pagination=false` are refused with a 400: page through with `page`. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description `false` skips counting every match (faster on large collections): `totalDocs` and `totalPages` then describe this page alone and `hasNextPage` is false, so ask for the next page until one holds fewer than `limit` documents. Always give a `limit` with it (`limit` 0 or none returns every match). */
                pagination?: components["parameters"]["pagination"];
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["FicheSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
                /** @description `html`: every rich-text field `x` (e.g. `body`) comes with `xHtml`, its sanitised HTML, where internal links and embedded documents point at the public site and images are `<picture>` elements with AVIF and WebP sources (documents populated by `depth` too). Keep the rich-text field in `select` to get its HTML. */
                richText?: components["parameters"]["richText"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Fiche documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FicheList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    createFiche: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FicheCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FicheMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    countFiches: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["FicheWhere"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of matching documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Count"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    findFicheByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["FicheSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
                /** @description `html`: every rich-text field `x` (e.g. `body`) comes with `xHtml`, its sanitised HTML, where internal links and embedded documents point at the public site and images are `<picture>` elements with AVIF and WebP sources (documents populated by `depth` too). Keep the rich-text field in `select` to get its HTML. */
                richText?: components["parameters"]["richText"];
            };
            header?: never;
            path: {
                /** @description The Fiche id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Fiche. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fiche"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteFicheByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path: {
                /** @description The Fiche id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (the document as it was). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FicheMutation"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateFicheByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path: {
                /** @description The Fiche id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["FicheUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FicheMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    findKits: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["KitWhere"];
                /** @description Sort order (default `-sortDate`): a field, `-field` for descending, or several (comma-separated). */
                sort?: components["schemas"]["KitSort"];
                /** @description Documents per page (default 10, at most 100: API_MAX_LIMIT). A value out of range, `limit=0` and `pagination=false` are refused with a 400: page through with `page`. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description `false` skips counting every match (faster on large collections): `totalDocs` and `totalPages` then describe this page alone and `hasNextPage` is false, so ask for the next page until one holds fewer than `limit` documents. Always give a `limit` with it (`limit` 0 or none returns every match). */
                pagination?: components["parameters"]["pagination"];
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["KitSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Kit documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KitList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    createKit: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KitCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KitMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    countKits: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["KitWhere"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of matching documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Count"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    findKitByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["KitSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path: {
                /** @description The Kit id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Kit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Kit"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteKitByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path: {
                /** @description The Kit id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (the document as it was). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KitMutation"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateKitByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path: {
                /** @description The Kit id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KitUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KitMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    findPressArticles: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["PressArticleWhere"];
                /** @description Sort order (default `-sortDate`): a field, `-field` for descending, or several (comma-separated). */
                sort?: components["schemas"]["PressArticleSort"];
                /** @description Documents per page (default 10, at most 100: API_MAX_LIMIT). A value out of range, `limit=0` and `pagination=false` are refused with a 400: page through with `page`. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description `false` skips counting every match (faster on large collections): `totalDocs` and `totalPages` then describe this page alone and `hasNextPage` is false, so ask for the next page until one holds fewer than `limit` documents. Always give a `limit` with it (`limit` 0 or none returns every match). */
                pagination?: components["parameters"]["pagination"];
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["PressArticleSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of PressArticle documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PressArticleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    createPressArticle: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PressArticleCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PressArticleMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    countPressArticles: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["PressArticleWhere"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of matching documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Count"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    findPressArticleByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["PressArticleSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path: {
                /** @description The PressArticle id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PressArticle. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PressArticle"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deletePressArticleByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path: {
                /** @description The PressArticle id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (the document as it was). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PressArticleMutation"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updatePressArticleByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path: {
                /** @description The PressArticle id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PressArticleUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PressArticleMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    findAdvocacyContributions: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["AdvocacyContributionWhere"];
                /** @description Sort order (default `-sortDate`): a field, `-field` for descending, or several (comma-separated). */
                sort?: components["schemas"]["AdvocacyContributionSort"];
                /** @description Documents per page (default 10, at most 100: API_MAX_LIMIT). A value out of range, `limit=0` and `pagination=false` are refused with a 400: page through with `page`. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description `false` skips counting every match (faster on large collections): `totalDocs` and `totalPages` then describe this page alone and `hasNextPage` is false, so ask for the next page until one holds fewer than `limit` documents. Always give a `limit` with it (`limit` 0 or none returns every match). */
                pagination?: components["parameters"]["pagination"];
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["AdvocacyContributionSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
                /** @description `html`: every rich-text field `x` (e.g. `body`) comes with `xHtml`, its sanitised HTML, where internal links and embedded documents point at the public site and images are `<picture>` elements with AVIF and WebP sources (documents populated by `depth` too). Keep the rich-text field in `select` to get its HTML. */
                richText?: components["parameters"]["richText"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of AdvocacyContribution documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvocacyContributionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    createAdvocacyContribution: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdvocacyContributionCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvocacyContributionMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    countAdvocacyContributions: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["AdvocacyContributionWhere"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of matching documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Count"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    findAdvocacyContributionByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["AdvocacyContributionSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
                /** @description `html`: every rich-text field `x` (e.g. `body`) comes with `xHtml`, its sanitised HTML, where internal links and embedded documents point at the public site and images are `<picture>` elements with AVIF and WebP sources (documents populated by `depth` too). Keep the rich-text field in `select` to get its HTML. */
                richText?: components["parameters"]["richText"];
            };
            header?: never;
            path: {
                /** @description The AdvocacyContribution id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The AdvocacyContribution. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvocacyContribution"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteAdvocacyContributionByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path: {
                /** @description The AdvocacyContribution id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (the document as it was). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvocacyContributionMutation"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateAdvocacyContributionByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path: {
                /** @description The AdvocacyContribution id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AdvocacyContributionUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvocacyContributionMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    findEvents: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["EventWhere"];
                /** @description Sort order (default `-start`): a field, `-field` for descending, or several (comma-separated). */
                sort?: components["schemas"]["EventSort"];
                /** @description Documents per page (default 10, at most 100: API_MAX_LIMIT). A value out of range, `limit=0` and `pagination=false` are refused with a 400: page through with `page`. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description `false` skips counting every match (faster on large collections): `totalDocs` and `totalPages` then describe this page alone and `hasNextPage` is false, so ask for the next page until one holds fewer than `limit` documents. Always give a `limit` with it (`limit` 0 or none returns every match). */
                pagination?: components["parameters"]["pagination"];
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["EventSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Event documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    createEvent: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    countEvents: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["EventWhere"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of matching documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Count"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    findEventByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["EventSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path: {
                /** @description The Event id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteEventByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path: {
                /** @description The Event id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (the document as it was). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventMutation"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateEventByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path: {
                /** @description The Event id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EventUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    findNews: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["NewsItemWhere"];
                /** @description Sort order (default `-sortDate`): a field, `-field` for descending, or several (comma-separated). */
                sort?: components["schemas"]["NewsItemSort"];
                /** @description Documents per page (default 10, at most 100: API_MAX_LIMIT). A value out of range, `limit=0` and `pagination=false` are refused with a 400: page through with `page`. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description `false` skips counting every match (faster on large collections): `totalDocs` and `totalPages` then describe this page alone and `hasNextPage` is false, so ask for the next page until one holds fewer than `limit` documents. Always give a `limit` with it (`limit` 0 or none returns every match). */
                pagination?: components["parameters"]["pagination"];
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["NewsItemSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
                /** @description `html`: every rich-text field `x` (e.g. `body`) comes with `xHtml`, its sanitised HTML, where internal links and embedded documents point at the public site and images are `<picture>` elements with AVIF and WebP sources (documents populated by `depth` too). Keep the rich-text field in `select` to get its HTML. */
                richText?: components["parameters"]["richText"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of NewsItem documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsItemList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    createNewsItem: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewsItemCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsItemMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    countNews: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["NewsItemWhere"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of matching documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Count"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    findNewsItemByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["NewsItemSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
                /** @description `html`: every rich-text field `x` (e.g. `body`) comes with `xHtml`, its sanitised HTML, where internal links and embedded documents point at the public site and images are `<picture>` elements with AVIF and WebP sources (documents populated by `depth` too). Keep the rich-text field in `select` to get its HTML. */
                richText?: components["parameters"]["richText"];
            };
            header?: never;
            path: {
                /** @description The NewsItem id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The NewsItem. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsItem"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteNewsItemByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path: {
                /** @description The NewsItem id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (the document as it was). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsItemMutation"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateNewsItemByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path: {
                /** @description The NewsItem id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["NewsItemUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsItemMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    findInterviews: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["InterviewWhere"];
                /** @description Sort order (default `-sortDate`): a field, `-field` for descending, or several (comma-separated). */
                sort?: components["schemas"]["InterviewSort"];
                /** @description Documents per page (default 10, at most 100: API_MAX_LIMIT). A value out of range, `limit=0` and `pagination=false` are refused with a 400: page through with `page`. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description `false` skips counting every match (faster on large collections): `totalDocs` and `totalPages` then describe this page alone and `hasNextPage` is false, so ask for the next page until one holds fewer than `limit` documents. Always give a `limit` with it (`limit` 0 or none returns every match). */
                pagination?: components["parameters"]["pagination"];
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["InterviewSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Interview documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    createInterview: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    countInterviews: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["InterviewWhere"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of matching documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Count"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    findInterviewByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["InterviewSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path: {
                /** @description The Interview id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Interview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interview"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteInterviewByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path: {
                /** @description The Interview id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (the document as it was). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewMutation"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateInterviewByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path: {
                /** @description The Interview id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["InterviewUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    findPartners: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["PartnerWhere"];
                /** @description Sort order (default `name`): a field, `-field` for descending, or several (comma-separated). */
                sort?: components["schemas"]["PartnerSort"];
                /** @description Documents per page (default 10, at most 100: API_MAX_LIMIT). A value out of range, `limit=0` and `pagination=false` are refused with a 400: page through with `page`. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description `false` skips counting every match (faster on large collections): `totalDocs` and `totalPages` then describe this page alone and `hasNextPage` is false, so ask for the next page until one holds fewer than `limit` documents. Always give a `limit` with it (`limit` 0 or none returns every match). */
                pagination?: components["parameters"]["pagination"];
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["PartnerSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Partner documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    createPartner: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    countPartners: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["PartnerWhere"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of matching documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Count"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    findPartnerByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["PartnerSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path: {
                /** @description The Partner id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Partner. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deletePartnerByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path: {
                /** @description The Partner id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (the document as it was). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerMutation"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updatePartnerByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path: {
                /** @description The Partner id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PartnerUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    findPeople: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["PersonWhere"];
                /** @description Sort order (default `name`): a field, `-field` for descending, or several (comma-separated). */
                sort?: components["schemas"]["PersonSort"];
                /** @description Documents per page (default 10, at most 100: API_MAX_LIMIT). A value out of range, `limit=0` and `pagination=false` are refused with a 400: page through with `page`. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description `false` skips counting every match (faster on large collections): `totalDocs` and `totalPages` then describe this page alone and `hasNextPage` is false, so ask for the next page until one holds fewer than `limit` documents. Always give a `limit` with it (`limit` 0 or none returns every match). */
                pagination?: components["parameters"]["pagination"];
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["PersonSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Person documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    createPerson: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    countPeople: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["PersonWhere"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of matching documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Count"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    findPersonByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["PersonSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path: {
                /** @description The Person id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Person. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deletePersonByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path: {
                /** @description The Person id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (the document as it was). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonMutation"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updatePersonByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path: {
                /** @description The Person id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PersonUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    findThemes: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["ThemeWhere"];
                /** @description Sort order (default `title`): a field, `-field` for descending, or several (comma-separated). */
                sort?: components["schemas"]["ThemeSort"];
                /** @description Documents per page (default 10, at most 100: API_MAX_LIMIT). A value out of range, `limit=0` and `pagination=false` are refused with a 400: page through with `page`. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description `false` skips counting every match (faster on large collections): `totalDocs` and `totalPages` then describe this page alone and `hasNextPage` is false, so ask for the next page until one holds fewer than `limit` documents. Always give a `limit` with it (`limit` 0 or none returns every match). */
                pagination?: components["parameters"]["pagination"];
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["ThemeSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Theme documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    createTheme: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThemeCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    countThemes: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["ThemeWhere"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of matching documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Count"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    findThemeByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["ThemeSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path: {
                /** @description The Theme id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Theme. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Theme"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteThemeByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path: {
                /** @description The Theme id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (the document as it was). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeMutation"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateThemeByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path: {
                /** @description The Theme id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ThemeUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    findTerritories: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["TerritoryWhere"];
                /** @description Sort order (default `name`): a field, `-field` for descending, or several (comma-separated). */
                sort?: components["schemas"]["TerritorySort"];
                /** @description Documents per page (default 10, at most 100: API_MAX_LIMIT). A value out of range, `limit=0` and `pagination=false` are refused with a 400: page through with `page`. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description `false` skips counting every match (faster on large collections): `totalDocs` and `totalPages` then describe this page alone and `hasNextPage` is false, so ask for the next page until one holds fewer than `limit` documents. Always give a `limit` with it (`limit` 0 or none returns every match). */
                pagination?: components["parameters"]["pagination"];
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["TerritorySelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Territory documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    createTerritory: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerritoryCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoryMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    countTerritories: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["TerritoryWhere"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of matching documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Count"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    findTerritoryByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["TerritorySelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path: {
                /** @description The Territory id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Territory. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Territory"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteTerritoryByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path: {
                /** @description The Territory id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (the document as it was). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoryMutation"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateTerritoryByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path: {
                /** @description The Territory id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TerritoryUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoryMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    findMedias: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["MediaWhere"];
                /** @description Sort order (default `-createdAt`): a field, `-field` for descending, or several (comma-separated). */
                sort?: components["schemas"]["MediaSort"];
                /** @description Documents per page (default 10, at most 100: API_MAX_LIMIT). A value out of range, `limit=0` and `pagination=false` are refused with a 400: page through with `page`. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description `false` skips counting every match (faster on large collections): `totalDocs` and `totalPages` then describe this page alone and `hasNextPage` is false, so ask for the next page until one holds fewer than `limit` documents. Always give a `limit` with it (`limit` 0 or none returns every match). */
                pagination?: components["parameters"]["pagination"];
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["MediaSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Media documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    createMedia: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The file and, in `_payload`, the other fields as a JSON string. */
        requestBody: {
            content: {
                "multipart/form-data": {
                    file: string;
                    _payload?: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    countMedias: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["MediaWhere"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of matching documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Count"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    findMediaByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["MediaSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path: {
                /** @description The Media id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Media. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Media"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteMediaByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path: {
                /** @description The Media id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (the document as it was). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaMutation"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateMediaByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path: {
                /** @description The Media id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The file and, in `_payload`, the other fields as a JSON string. */
        requestBody?: {
            content: {
                "multipart/form-data": {
                    file?: string;
                    _payload?: string;
                };
                "application/json": components["schemas"]["MediaUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    findNewsletters: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["NewsletterWhere"];
                /** @description Sort order (default `-date`): a field, `-field` for descending, or several (comma-separated). */
                sort?: components["schemas"]["NewsletterSort"];
                /** @description Documents per page (default 10, at most 100: API_MAX_LIMIT). A value out of range, `limit=0` and `pagination=false` are refused with a 400: page through with `page`. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description `false` skips counting every match (faster on large collections): `totalDocs` and `totalPages` then describe this page alone and `hasNextPage` is false, so ask for the next page until one holds fewer than `limit` documents. Always give a `limit` with it (`limit` 0 or none returns every match). */
                pagination?: components["parameters"]["pagination"];
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["NewsletterSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
                /** @description `html`: every rich-text field `x` (e.g. `body`) comes with `xHtml`, its sanitised HTML, where internal links and embedded documents point at the public site and images are `<picture>` elements with AVIF and WebP sources (documents populated by `depth` too). Keep the rich-text field in `select` to get its HTML. */
                richText?: components["parameters"]["richText"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Newsletter documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsletterList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    createNewsletter: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewsletterCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsletterMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    countNewsletters: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["NewsletterWhere"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of matching documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Count"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    findNewsletterByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["NewsletterSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
                /** @description `html`: every rich-text field `x` (e.g. `body`) comes with `xHtml`, its sanitised HTML, where internal links and embedded documents point at the public site and images are `<picture>` elements with AVIF and WebP sources (documents populated by `depth` too). Keep the rich-text field in `select` to get its HTML. */
                richText?: components["parameters"]["richText"];
            };
            header?: never;
            path: {
                /** @description The Newsletter id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Newsletter. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Newsletter"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteNewsletterByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path: {
                /** @description The Newsletter id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (the document as it was). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsletterMutation"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateNewsletterByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Save as a draft (`true`) instead of publishing; required fields may then be left empty. */
                draft?: boolean;
            };
            header?: never;
            path: {
                /** @description The Newsletter id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["NewsletterUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsletterMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    findUsers: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["UserWhere"];
                /** @description Sort order (default `-createdAt`): a field, `-field` for descending, or several (comma-separated). */
                sort?: components["schemas"]["UserSort"];
                /** @description Documents per page (default 10, at most 100: API_MAX_LIMIT). A value out of range, `limit=0` and `pagination=false` are refused with a 400: page through with `page`. */
                limit?: components["parameters"]["limit"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["page"];
                /** @description `false` skips counting every match (faster on large collections): `totalDocs` and `totalPages` then describe this page alone and `hasNextPage` is false, so ask for the next page until one holds fewer than `limit` documents. Always give a `limit` with it (`limit` 0 or none returns every match). */
                pagination?: components["parameters"]["pagination"];
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["UserSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of User documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    createUser: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    countUsers: {
        parameters: {
            query?: {
                /** @description Filters, e.g. `where[slug][equals]=x` or `where[or][0][title][like]=économie`: at most 50 conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep. */
                where?: components["schemas"]["UserWhere"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of matching documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Count"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    findUserByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
                /** @description Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`). */
                select?: components["schemas"]["UserSelect"];
                /** @description Return the latest draft instead of the published version (editors only; others get published documents). */
                draft?: components["parameters"]["draft"];
            };
            header?: never;
            path: {
                /** @description The User id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The User. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteUserByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path: {
                /** @description The User id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (the document as it was). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserMutation"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateUserByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (default 2, at most 5: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on. */
                depth?: components["parameters"]["depth"];
                /** @description Language of localized fields (default `fr`). Payload also accepts `all`, which returns every localized field as an object keyed by locale: that shape is not described here. */
                locale?: components["parameters"]["locale"];
                /** @description Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones. */
                "fallback-locale"?: components["parameters"]["fallbackLocale"];
            };
            header?: never;
            path: {
                /** @description The User id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserMutation"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    loginUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserLogin"];
            };
        };
        responses: {
            /** @description Logged in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserLoginResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    logoutUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    meUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current user, if any. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserMe"];
                };
            };
        };
    };
    refreshTokenUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refreshed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRefreshResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getOpenAPIDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An OpenAPI 3.1 document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, unknown>;
                };
            };
        };
    };
    sync: {
        parameters: {
            query?: {
                /** @description The `nextToken` of a previous answer. Leave out for a snapshot. */
                since?: string;
                /** @description Comma-separated collections to sync (default: all of fiches, kits, press-articles, partners, advocacy-contributions, events, themes, territories, people, news, interviews, newsletters). With `since`, the same as when the token was issued, or left out. */
                collections?: ("fiches" | "kits" | "press-articles" | "partners" | "advocacy-contributions" | "events" | "themes" | "territories" | "people" | "news" | "interviews" | "newsletters")[];
                /** @description Changes per page (default 100, at most 500). A delta page may hold fewer: changes of one document are merged. */
                limit?: number;
                /** @description Language of localized fields (default `fr`, with fallback to French). */
                locale?: "fr" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of changes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changes: ({
                            /** @constant */
                            op: "upsert";
                            /** @constant */
                            collection: "fiches";
                            id: string;
                            doc: components["schemas"]["Fiche"];
                        } | {
                            /** @constant */
                            op: "upsert";
                            /** @constant */
                            collection: "kits";
                            id: string;
                            doc: components["schemas"]["Kit"];
                        } | {
                            /** @constant */
                            op: "upsert";
                            /** @constant */
                            collection: "press-articles";
                            id: string;
                            doc: components["schemas"]["PressArticle"];
                        } | {
                            /** @constant */
                            op: "upsert";
                            /** @constant */
                            collection: "partners";
                            id: string;
                            doc: components["schemas"]["Partner"];
                        } | {
                            /** @constant */
                            op: "upsert";
                            /** @constant */
                            collection: "advocacy-contributions";
                            id: string;
                            doc: components["schemas"]["AdvocacyContribution"];
                        } | {
                            /** @constant */
                            op: "upsert";
                            /** @constant */
                            collection: "events";
                            id: string;
                            doc: components["schemas"]["Event"];
                        } | {
                            /** @constant */
                            op: "upsert";
                            /** @constant */
                            collection: "themes";
                            id: string;
                            doc: components["schemas"]["Theme"];
                        } | {
                            /** @constant */
                            op: "upsert";
                            /** @constant */
                            collection: "territories";
                            id: string;
                            doc: components["schemas"]["Territory"];
                        } | {
                            /** @constant */
                            op: "upsert";
                            /** @constant */
                            collection: "people";
                            id: string;
                            doc: components["schemas"]["Person"];
                        } | {
                            /** @constant */
                            op: "upsert";
                            /** @constant */
                            collection: "news";
                            id: string;
                            doc: components["schemas"]["NewsItem"];
                        } | {
                            /** @constant */
                            op: "upsert";
                            /** @constant */
                            collection: "interviews";
                            id: string;
                            doc: components["schemas"]["Interview"];
                        } | {
                            /** @constant */
                            op: "upsert";
                            /** @constant */
                            collection: "newsletters";
                            id: string;
                            doc: components["schemas"]["Newsletter"];
                        } | {
                            /** @constant */
                            op: "delete";
                            /** @enum {string} */
                            collection: "fiches" | "kits" | "press-articles" | "partners" | "advocacy-contributions" | "events" | "themes" | "territories" | "people" | "news" | "interviews" | "newsletters";
                            id: string;
                        })[];
                        /** @description Pass it as `since` for the next page, or the next sync. */
                        nextToken: string;
                        /** @description True when another page follows at once. */
                        hasMore: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    search: {
        parameters: {
            query: {
                /** @description The words to find (at most 200 characters; the first 10 distinct words are used). */
                q: string;
                /** @description Comma-separated collections to search (default: all of fiches, kits, press-articles, advocacy-contributions, news, interviews). */
                collections?: ("fiches" | "kits" | "press-articles" | "advocacy-contributions" | "news" | "interviews")[];
                /** @description Only documents filed under the theme with this slug. */
                theme?: string;
                /** @description Only documents filed under the territory with this slug, or under a territory within it. */
                territory?: string;
                /** @description Language searched and returned (default `fr`; a document without English text is searched and returned in French). */
                locale?: "fr" | "en";
                /** @description Results per page (default 10, at most 50). */
                limit?: number;
                /** @description Page number, from 1. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results, best first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: ({
                            /** @constant */
                            collection: "fiches";
                            id: string;
                            /** @description Relevance: higher ranks first (comparable within one search only). */
                            score: number;
                            /** @description The document at depth 0, as `GET /api/<collection>/{id}?depth=0` returns it. */
                            doc: components["schemas"]["Fiche"];
                        } | {
                            /** @constant */
                            collection: "kits";
                            id: string;
                            /** @description Relevance: higher ranks first (comparable within one search only). */
                            score: number;
                            /** @description The document at depth 0, as `GET /api/<collection>/{id}?depth=0` returns it. */
                            doc: components["schemas"]["Kit"];
                        } | {
                            /** @constant */
                            collection: "press-articles";
                            id: string;
                            /** @description Relevance: higher ranks first (comparable within one search only). */
                            score: number;
                            /** @description The document at depth 0, as `GET /api/<collection>/{id}?depth=0` returns it. */
                            doc: components["schemas"]["PressArticle"];
                        } | {
                            /** @constant */
                            collection: "advocacy-contributions";
                            id: string;
                            /** @description Relevance: higher ranks first (comparable within one search only). */
                            score: number;
                            /** @description The document at depth 0, as `GET /api/<collection>/{id}?depth=0` returns it. */
                            doc: components["schemas"]["AdvocacyContribution"];
                        } | {
                            /** @constant */
                            collection: "news";
                            id: string;
                            /** @description Relevance: higher ranks first (comparable within one search only). */
                            score: number;
                            /** @description The document at depth 0, as `GET /api/<collection>/{id}?depth=0` returns it. */
                            doc: components["schemas"]["NewsItem"];
                        } | {
                            /** @constant */
                            collection: "interviews";
                            id: string;
                            /** @description Relevance: higher ranks first (comparable within one search only). */
                            score: number;
                            /** @description The document at depth 0, as `GET /api/<collection>/{id}?depth=0` returns it. */
                            doc: components["schemas"]["Interview"];
                        })[];
                        totalResults: number;
                        page: number;
                        limit: number;
                        totalPages: number;
                        hasNextPage: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    downloadStats: {
        parameters: {
            query?: {
                /** @description Grouping (default `kit`). */
                by?: "kit" | "fiche" | "document" | "month";
                /** @description First month, YYYY-MM (default: 11 months before `to`). */
                from?: string;
                /** @description Last month, YYYY-MM (default: the current month, UTC). */
                to?: string;
                /** @description Only downloads attributed to this kit (e.g. `by=fiche&kit=…`: the fiches of a kit). */
                kit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        by: "kit" | "fiche" | "document" | "month";
                        from: string;
                        to: string;
                        kit?: string;
                        /** @description Every unique download of the period (within `kit` if given). */
                        total: number;
                        rows: {
                            /** @description Kit, fiche or media id; the month when `by=month`. */
                            id: string;
                            /** @description Title (French), file name, or month. */
                            label: string;
                            downloads: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    draftNextNewsletter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    series: "lettre-electronique" | "flash-hebdo" | "politique-de-la-ville";
                };
            };
        };
        responses: {
            /** @description The draft issue (depth 0). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        doc: components["schemas"]["Newsletter"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The media id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the file. */
            302: {
                headers: {
                    /** @description The file URL. */
                    Location?: string;
                    /** @description `no-store`. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    newsletterHtml: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The issue id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The HTML document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    newsletterText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The issue id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plain text. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    contentChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Received. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`fiches_deniche_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fiches_deniche_key_figures_order_idx\` ON \`fiches_deniche_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fiches_deniche_key_figures_parent_id_idx\` ON \`fiches_deniche_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fiches_deniche_key_figures_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fiches_deniche_key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`fiches_deniche_key_figures_locales_locale_parent_id_unique\` ON \`fiches_deniche_key_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fiches_deniche_key_figures_locales_parent_idx\` ON \`fiches_deniche_key_figures_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`fiches_deniche_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text,
  	\`organisation\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fiches_deniche_contacts_order_idx\` ON \`fiches_deniche_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fiches_deniche_contacts_parent_id_idx\` ON \`fiches_deniche_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fiches_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'pdf',
  	\`file_id\` text(36),
  	\`url\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fiches_documents_order_idx\` ON \`fiches_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fiches_documents_parent_id_idx\` ON \`fiches_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fiches_documents_file_idx\` ON \`fiches_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`fiches_documents_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fiches_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`fiches_documents_locales_locale_parent_id_unique\` ON \`fiches_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fiches_documents_locales_parent_idx\` ON \`fiches_documents_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`fiches_contributors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`person_id\` text(36),
  	\`partner_id\` text(36),
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fiches_contributors_order_idx\` ON \`fiches_contributors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fiches_contributors_parent_id_idx\` ON \`fiches_contributors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fiches_contributors_person_idx\` ON \`fiches_contributors\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`fiches_contributors_partner_idx\` ON \`fiches_contributors\` (\`partner_id\`);`)
  await db.run(sql`CREATE TABLE \`fiches_contributors_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fiches_contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`fiches_contributors_locales_locale_parent_id_unique\` ON \`fiches_contributors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fiches_contributors_locales_parent_idx\` ON \`fiches_contributors_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`fiches_territory_details\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`territory_id\` text(36),
  	\`role\` text,
  	FOREIGN KEY (\`territory_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fiches_territory_details_order_idx\` ON \`fiches_territory_details\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fiches_territory_details_parent_id_idx\` ON \`fiches_territory_details\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fiches_territory_details_territory_idx\` ON \`fiches_territory_details\` (\`territory_id\`);`)
  await db.run(sql`CREATE TABLE \`fiches_territory_details_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fiches_territory_details\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`fiches_territory_details_locales_locale_parent_id_unique\` ON \`fiches_territory_details_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fiches_territory_details_locales_parent_idx\` ON \`fiches_territory_details_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`fiches\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`series\` text,
  	\`number\` numeric,
  	\`kit_id\` text(36),
  	\`category\` text,
  	\`page\` numeric,
  	\`previous_edition_id\` text(36),
  	\`cover_id\` text(36),
  	\`deniche_website\` text,
  	\`deniche_address\` text,
  	\`licence\` text,
  	\`first_published_at\` text,
  	\`date_precision\` text DEFAULT 'day',
  	\`revised_at\` text,
  	\`sort_date\` text,
  	\`visibility\` text DEFAULT 'public',
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`kit_id\`) REFERENCES \`kits\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`previous_edition_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`fiches_slug_idx\` ON \`fiches\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`fiches_series_idx\` ON \`fiches\` (\`series\`);`)
  await db.run(sql`CREATE INDEX \`fiches_kit_idx\` ON \`fiches\` (\`kit_id\`);`)
  await db.run(sql`CREATE INDEX \`fiches_previous_edition_idx\` ON \`fiches\` (\`previous_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`fiches_cover_idx\` ON \`fiches\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`fiches_first_published_at_idx\` ON \`fiches\` (\`first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`fiches_sort_date_idx\` ON \`fiches\` (\`sort_date\`);`)
  await db.run(sql`CREATE INDEX \`fiches_visibility_idx\` ON \`fiches\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`fiches_search_text_idx\` ON \`fiches\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`fiches_updated_at_idx\` ON \`fiches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`fiches_created_at_idx\` ON \`fiches\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fiches__status_idx\` ON \`fiches\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_sortDate_createdAt_idx\` ON \`fiches\` (\`_status\`,\`sort_date\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_visibility_sortDate_createdAt_idx\` ON \`fiches\` (\`_status\`,\`visibility\`,\`sort_date\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`series_number_idx\` ON \`fiches\` (\`series\`,\`number\`);`)
  await db.run(sql`CREATE INDEX \`kit_number_idx\` ON \`fiches\` (\`kit_id\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`fiches_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`deniche_origin\` text,
  	\`deniche_financing\` text,
  	\`deniche_local_authorities_role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`fiches_locales_locale_parent_id_unique\` ON \`fiches_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fiches_locales_parent_idx\` ON \`fiches_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`fiches_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`partners_id\` text(36),
  	\`themes_id\` text(36),
  	\`territories_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`territories_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fiches_rels_order_idx\` ON \`fiches_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`fiches_rels_parent_idx\` ON \`fiches_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fiches_rels_path_idx\` ON \`fiches_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`fiches_rels_partners_id_idx\` ON \`fiches_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`fiches_rels_themes_id_idx\` ON \`fiches_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`fiches_rels_territories_id_idx\` ON \`fiches_rels\` (\`territories_id\`);`)
  await db.run(sql`CREATE TABLE \`_fiches_v_version_deniche_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fiches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_deniche_key_figures_order_idx\` ON \`_fiches_v_version_deniche_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_deniche_key_figures_parent_id_idx\` ON \`_fiches_v_version_deniche_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fiches_v_version_deniche_key_figures_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fiches_v_version_deniche_key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_fiches_v_version_deniche_key_figures_locales_locale_parent_\` ON \`_fiches_v_version_deniche_key_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_deniche_key_figures_locales_parent_idx\` ON \`_fiches_v_version_deniche_key_figures_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_fiches_v_version_deniche_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text,
  	\`organisation\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fiches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_deniche_contacts_order_idx\` ON \`_fiches_v_version_deniche_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_deniche_contacts_parent_id_idx\` ON \`_fiches_v_version_deniche_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fiches_v_version_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'pdf',
  	\`file_id\` text(36),
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fiches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_documents_order_idx\` ON \`_fiches_v_version_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_documents_parent_id_idx\` ON \`_fiches_v_version_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_documents_file_idx\` ON \`_fiches_v_version_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_fiches_v_version_documents_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fiches_v_version_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_fiches_v_version_documents_locales_locale_parent_id_unique\` ON \`_fiches_v_version_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_documents_locales_parent_idx\` ON \`_fiches_v_version_documents_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_fiches_v_version_contributors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`person_id\` text(36),
  	\`partner_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fiches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_contributors_order_idx\` ON \`_fiches_v_version_contributors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_contributors_parent_id_idx\` ON \`_fiches_v_version_contributors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_contributors_person_idx\` ON \`_fiches_v_version_contributors\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_contributors_partner_idx\` ON \`_fiches_v_version_contributors\` (\`partner_id\`);`)
  await db.run(sql`CREATE TABLE \`_fiches_v_version_contributors_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fiches_v_version_contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_fiches_v_version_contributors_locales_locale_parent_id_uniq\` ON \`_fiches_v_version_contributors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_contributors_locales_parent_idx\` ON \`_fiches_v_version_contributors_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_fiches_v_version_territory_details\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`territory_id\` text(36),
  	\`role\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`territory_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fiches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_territory_details_order_idx\` ON \`_fiches_v_version_territory_details\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_territory_details_parent_id_idx\` ON \`_fiches_v_version_territory_details\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_territory_details_territory_idx\` ON \`_fiches_v_version_territory_details\` (\`territory_id\`);`)
  await db.run(sql`CREATE TABLE \`_fiches_v_version_territory_details_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fiches_v_version_territory_details\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_fiches_v_version_territory_details_locales_locale_parent_id\` ON \`_fiches_v_version_territory_details_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_territory_details_locales_parent_idx\` ON \`_fiches_v_version_territory_details_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_fiches_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_series\` text,
  	\`version_number\` numeric,
  	\`version_kit_id\` text(36),
  	\`version_category\` text,
  	\`version_page\` numeric,
  	\`version_previous_edition_id\` text(36),
  	\`version_cover_id\` text(36),
  	\`version_deniche_website\` text,
  	\`version_deniche_address\` text,
  	\`version_licence\` text,
  	\`version_first_published_at\` text,
  	\`version_date_precision\` text DEFAULT 'day',
  	\`version_revised_at\` text,
  	\`version_sort_date\` text,
  	\`version_visibility\` text DEFAULT 'public',
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_kit_id\`) REFERENCES \`kits\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_previous_edition_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_fiches_v_parent_idx\` ON \`_fiches_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_version_slug_idx\` ON \`_fiches_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_version_series_idx\` ON \`_fiches_v\` (\`version_series\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_version_kit_idx\` ON \`_fiches_v\` (\`version_kit_id\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_version_previous_edition_idx\` ON \`_fiches_v\` (\`version_previous_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_version_cover_idx\` ON \`_fiches_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_version_first_published_at_idx\` ON \`_fiches_v\` (\`version_first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_version_sort_date_idx\` ON \`_fiches_v\` (\`version_sort_date\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_version_visibility_idx\` ON \`_fiches_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_version_search_text_idx\` ON \`_fiches_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_version_updated_at_idx\` ON \`_fiches_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_version_created_at_idx\` ON \`_fiches_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_version__status_idx\` ON \`_fiches_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_created_at_idx\` ON \`_fiches_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_updated_at_idx\` ON \`_fiches_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_snapshot_idx\` ON \`_fiches_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_published_locale_idx\` ON \`_fiches_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_latest_idx\` ON \`_fiches_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_sortDate_version_createdAt_idx\` ON \`_fiches_v\` (\`version__status\`,\`version_sort_date\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_fiches_v\` (\`version__status\`,\`version_visibility\`,\`version_sort_date\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_series_version_number_idx\` ON \`_fiches_v\` (\`version_series\`,\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`version_kit_version_number_idx\` ON \`_fiches_v\` (\`version_kit_id\`,\`version_number\`);`)
  await db.run(sql`CREATE TABLE \`_fiches_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_deniche_origin\` text,
  	\`version_deniche_financing\` text,
  	\`version_deniche_local_authorities_role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fiches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_fiches_v_locales_locale_parent_id_unique\` ON \`_fiches_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_locales_parent_idx\` ON \`_fiches_v_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_fiches_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`partners_id\` text(36),
  	\`themes_id\` text(36),
  	\`territories_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_fiches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`territories_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fiches_v_rels_order_idx\` ON \`_fiches_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_rels_parent_idx\` ON \`_fiches_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_rels_path_idx\` ON \`_fiches_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_rels_partners_id_idx\` ON \`_fiches_v_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_rels_themes_id_idx\` ON \`_fiches_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_rels_territories_id_idx\` ON \`_fiches_v_rels\` (\`territories_id\`);`)
  await db.run(sql`CREATE TABLE \`kits_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'pdf',
  	\`file_id\` text(36),
  	\`url\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kits_documents_order_idx\` ON \`kits_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`kits_documents_parent_id_idx\` ON \`kits_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`kits_documents_file_idx\` ON \`kits_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`kits_documents_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kits_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`kits_documents_locales_locale_parent_id_unique\` ON \`kits_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`kits_documents_locales_parent_idx\` ON \`kits_documents_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`kits_contributors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`person_id\` text(36),
  	\`partner_id\` text(36),
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kits_contributors_order_idx\` ON \`kits_contributors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`kits_contributors_parent_id_idx\` ON \`kits_contributors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`kits_contributors_person_idx\` ON \`kits_contributors\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`kits_contributors_partner_idx\` ON \`kits_contributors\` (\`partner_id\`);`)
  await db.run(sql`CREATE TABLE \`kits_contributors_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kits_contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`kits_contributors_locales_locale_parent_id_unique\` ON \`kits_contributors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`kits_contributors_locales_parent_idx\` ON \`kits_contributors_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`kits\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`level\` text,
  	\`edition\` numeric,
  	\`version\` text,
  	\`print_run\` numeric,
  	\`previous_edition_id\` text(36),
  	\`paper_edition\` text,
  	\`cover_id\` text(36),
  	\`first_published_at\` text,
  	\`date_precision\` text DEFAULT 'day',
  	\`revised_at\` text,
  	\`sort_date\` text,
  	\`visibility\` text DEFAULT 'public',
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`previous_edition_id\`) REFERENCES \`kits\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`kits_slug_idx\` ON \`kits\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`kits_level_idx\` ON \`kits\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`kits_previous_edition_idx\` ON \`kits\` (\`previous_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`kits_cover_idx\` ON \`kits\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`kits_first_published_at_idx\` ON \`kits\` (\`first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`kits_sort_date_idx\` ON \`kits\` (\`sort_date\`);`)
  await db.run(sql`CREATE INDEX \`kits_visibility_idx\` ON \`kits\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`kits_search_text_idx\` ON \`kits\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`kits_updated_at_idx\` ON \`kits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kits_created_at_idx\` ON \`kits\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`kits__status_idx\` ON \`kits\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_sortDate_createdAt_1_idx\` ON \`kits\` (\`_status\`,\`sort_date\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_visibility_sortDate_createdAt_1_idx\` ON \`kits\` (\`_status\`,\`visibility\`,\`sort_date\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`level_edition_idx\` ON \`kits\` (\`level\`,\`edition\`);`)
  await db.run(sql`CREATE TABLE \`kits_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`kits_locales_locale_parent_id_unique\` ON \`kits_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`kits_locales_parent_idx\` ON \`kits_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`kits_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` text(36),
  	\`territories_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`territories_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kits_rels_order_idx\` ON \`kits_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`kits_rels_parent_idx\` ON \`kits_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`kits_rels_path_idx\` ON \`kits_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`kits_rels_themes_id_idx\` ON \`kits_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`kits_rels_territories_id_idx\` ON \`kits_rels\` (\`territories_id\`);`)
  await db.run(sql`CREATE TABLE \`_kits_v_version_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'pdf',
  	\`file_id\` text(36),
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_kits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_kits_v_version_documents_order_idx\` ON \`_kits_v_version_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_version_documents_parent_id_idx\` ON \`_kits_v_version_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_version_documents_file_idx\` ON \`_kits_v_version_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_kits_v_version_documents_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_kits_v_version_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_kits_v_version_documents_locales_locale_parent_id_unique\` ON \`_kits_v_version_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_version_documents_locales_parent_idx\` ON \`_kits_v_version_documents_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_kits_v_version_contributors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`person_id\` text(36),
  	\`partner_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_kits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_kits_v_version_contributors_order_idx\` ON \`_kits_v_version_contributors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_version_contributors_parent_id_idx\` ON \`_kits_v_version_contributors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_version_contributors_person_idx\` ON \`_kits_v_version_contributors\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_version_contributors_partner_idx\` ON \`_kits_v_version_contributors\` (\`partner_id\`);`)
  await db.run(sql`CREATE TABLE \`_kits_v_version_contributors_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_kits_v_version_contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_kits_v_version_contributors_locales_locale_parent_id_unique\` ON \`_kits_v_version_contributors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_version_contributors_locales_parent_idx\` ON \`_kits_v_version_contributors_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_kits_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_level\` text,
  	\`version_edition\` numeric,
  	\`version_version\` text,
  	\`version_print_run\` numeric,
  	\`version_previous_edition_id\` text(36),
  	\`version_paper_edition\` text,
  	\`version_cover_id\` text(36),
  	\`version_first_published_at\` text,
  	\`version_date_precision\` text DEFAULT 'day',
  	\`version_revised_at\` text,
  	\`version_sort_date\` text,
  	\`version_visibility\` text DEFAULT 'public',
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kits\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_previous_edition_id\`) REFERENCES \`kits\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_kits_v_parent_idx\` ON \`_kits_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_version_version_slug_idx\` ON \`_kits_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_version_version_level_idx\` ON \`_kits_v\` (\`version_level\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_version_version_previous_edition_idx\` ON \`_kits_v\` (\`version_previous_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_version_version_cover_idx\` ON \`_kits_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_version_version_first_published_at_idx\` ON \`_kits_v\` (\`version_first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_version_version_sort_date_idx\` ON \`_kits_v\` (\`version_sort_date\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_version_version_visibility_idx\` ON \`_kits_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_version_version_search_text_idx\` ON \`_kits_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_version_version_updated_at_idx\` ON \`_kits_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_version_version_created_at_idx\` ON \`_kits_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_version_version__status_idx\` ON \`_kits_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_created_at_idx\` ON \`_kits_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_updated_at_idx\` ON \`_kits_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_snapshot_idx\` ON \`_kits_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_published_locale_idx\` ON \`_kits_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_latest_idx\` ON \`_kits_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_sortDate_version_createdAt_1_idx\` ON \`_kits_v\` (\`version__status\`,\`version_sort_date\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_kits_v\` (\`version__status\`,\`version_visibility\`,\`version_sort_date\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_level_version_edition_idx\` ON \`_kits_v\` (\`version_level\`,\`version_edition\`);`)
  await db.run(sql`CREATE TABLE \`_kits_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_kits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_kits_v_locales_locale_parent_id_unique\` ON \`_kits_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_locales_parent_idx\` ON \`_kits_v_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_kits_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` text(36),
  	\`territories_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_kits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`territories_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_kits_v_rels_order_idx\` ON \`_kits_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_rels_parent_idx\` ON \`_kits_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_rels_path_idx\` ON \`_kits_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_rels_themes_id_idx\` ON \`_kits_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_kits_v_rels_territories_id_idx\` ON \`_kits_v_rels\` (\`territories_id\`);`)
  await db.run(sql`CREATE TABLE \`press_articles_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'pdf',
  	\`file_id\` text(36),
  	\`url\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_articles_documents_order_idx\` ON \`press_articles_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_documents_parent_id_idx\` ON \`press_articles_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_documents_file_idx\` ON \`press_articles_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`press_articles_documents_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_articles_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`press_articles_documents_locales_locale_parent_id_unique\` ON \`press_articles_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_documents_locales_parent_idx\` ON \`press_articles_documents_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`press_articles_contributors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`person_id\` text(36),
  	\`partner_id\` text(36),
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_articles_contributors_order_idx\` ON \`press_articles_contributors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_contributors_parent_id_idx\` ON \`press_articles_contributors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_contributors_person_idx\` ON \`press_articles_contributors\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_contributors_partner_idx\` ON \`press_articles_contributors\` (\`partner_id\`);`)
  await db.run(sql`CREATE TABLE \`press_articles_contributors_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_articles_contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`press_articles_contributors_locales_locale_parent_id_unique\` ON \`press_articles_contributors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_contributors_locales_parent_idx\` ON \`press_articles_contributors_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`press_articles\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`outlet\` text,
  	\`author\` text,
  	\`date\` text,
  	\`date_precision\` text DEFAULT 'day',
  	\`revised_at\` text,
  	\`sort_date\` text,
  	\`url\` text,
  	\`excerpt\` text,
  	\`cover_id\` text(36),
  	\`scope\` text,
  	\`visibility\` text DEFAULT 'public',
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`press_articles_slug_idx\` ON \`press_articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_outlet_idx\` ON \`press_articles\` (\`outlet\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_date_idx\` ON \`press_articles\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_sort_date_idx\` ON \`press_articles\` (\`sort_date\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_cover_idx\` ON \`press_articles\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_scope_idx\` ON \`press_articles\` (\`scope\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_visibility_idx\` ON \`press_articles\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_search_text_idx\` ON \`press_articles\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_updated_at_idx\` ON \`press_articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_created_at_idx\` ON \`press_articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`press_articles__status_idx\` ON \`press_articles\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_sortDate_createdAt_2_idx\` ON \`press_articles\` (\`_status\`,\`sort_date\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_visibility_sortDate_createdAt_2_idx\` ON \`press_articles\` (\`_status\`,\`visibility\`,\`sort_date\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`press_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`fiches_id\` text(36),
  	\`kits_id\` text(36),
  	\`themes_id\` text(36),
  	\`territories_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fiches_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kits_id\`) REFERENCES \`kits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`territories_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_articles_rels_order_idx\` ON \`press_articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_rels_parent_idx\` ON \`press_articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_rels_path_idx\` ON \`press_articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_rels_fiches_id_idx\` ON \`press_articles_rels\` (\`fiches_id\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_rels_kits_id_idx\` ON \`press_articles_rels\` (\`kits_id\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_rels_themes_id_idx\` ON \`press_articles_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`press_articles_rels_territories_id_idx\` ON \`press_articles_rels\` (\`territories_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_articles_v_version_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'pdf',
  	\`file_id\` text(36),
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_documents_order_idx\` ON \`_press_articles_v_version_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_documents_parent_id_idx\` ON \`_press_articles_v_version_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_documents_file_idx\` ON \`_press_articles_v_version_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_articles_v_version_documents_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_articles_v_version_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_press_articles_v_version_documents_locales_locale_parent_id\` ON \`_press_articles_v_version_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_documents_locales_parent_idx\` ON \`_press_articles_v_version_documents_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_press_articles_v_version_contributors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`person_id\` text(36),
  	\`partner_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_contributors_order_idx\` ON \`_press_articles_v_version_contributors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_contributors_parent_id_idx\` ON \`_press_articles_v_version_contributors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_contributors_person_idx\` ON \`_press_articles_v_version_contributors\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_contributors_partner_idx\` ON \`_press_articles_v_version_contributors\` (\`partner_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_articles_v_version_contributors_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_articles_v_version_contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_press_articles_v_version_contributors_locales_locale_parent\` ON \`_press_articles_v_version_contributors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_contributors_locales_parent_idx\` ON \`_press_articles_v_version_contributors_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_press_articles_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_outlet\` text,
  	\`version_author\` text,
  	\`version_date\` text,
  	\`version_date_precision\` text DEFAULT 'day',
  	\`version_revised_at\` text,
  	\`version_sort_date\` text,
  	\`version_url\` text,
  	\`version_excerpt\` text,
  	\`version_cover_id\` text(36),
  	\`version_scope\` text,
  	\`version_visibility\` text DEFAULT 'public',
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_articles_v_parent_idx\` ON \`_press_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_version_slug_idx\` ON \`_press_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_version_outlet_idx\` ON \`_press_articles_v\` (\`version_outlet\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_version_date_idx\` ON \`_press_articles_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_version_sort_date_idx\` ON \`_press_articles_v\` (\`version_sort_date\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_version_cover_idx\` ON \`_press_articles_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_version_scope_idx\` ON \`_press_articles_v\` (\`version_scope\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_version_visibility_idx\` ON \`_press_articles_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_version_search_text_idx\` ON \`_press_articles_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_version_updated_at_idx\` ON \`_press_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_version_created_at_idx\` ON \`_press_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_version_version__status_idx\` ON \`_press_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_created_at_idx\` ON \`_press_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_updated_at_idx\` ON \`_press_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_snapshot_idx\` ON \`_press_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_published_locale_idx\` ON \`_press_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_latest_idx\` ON \`_press_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_sortDate_version_createdAt_2_idx\` ON \`_press_articles_v\` (\`version__status\`,\`version_sort_date\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`_press_articles_v\` (\`version__status\`,\`version_visibility\`,\`version_sort_date\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`_press_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`fiches_id\` text(36),
  	\`kits_id\` text(36),
  	\`themes_id\` text(36),
  	\`territories_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_press_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fiches_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kits_id\`) REFERENCES \`kits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`territories_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_articles_v_rels_order_idx\` ON \`_press_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_rels_parent_idx\` ON \`_press_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_rels_path_idx\` ON \`_press_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_rels_fiches_id_idx\` ON \`_press_articles_v_rels\` (\`fiches_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_rels_kits_id_idx\` ON \`_press_articles_v_rels\` (\`kits_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_rels_themes_id_idx\` ON \`_press_articles_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_articles_v_rels_territories_id_idx\` ON \`_press_articles_v_rels\` (\`territories_id\`);`)
  await db.run(sql`CREATE TABLE \`advocacy_contributions_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'pdf',
  	\`file_id\` text(36),
  	\`url\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`advocacy_contributions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_documents_order_idx\` ON \`advocacy_contributions_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_documents_parent_id_idx\` ON \`advocacy_contributions_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_documents_file_idx\` ON \`advocacy_contributions_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`advocacy_contributions_documents_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`advocacy_contributions_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`advocacy_contributions_documents_locales_locale_parent_id_un\` ON \`advocacy_contributions_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_documents_locales_parent_idx\` ON \`advocacy_contributions_documents_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`advocacy_contributions_contributors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`person_id\` text(36),
  	\`partner_id\` text(36),
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`advocacy_contributions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_contributors_order_idx\` ON \`advocacy_contributions_contributors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_contributors_parent_id_idx\` ON \`advocacy_contributions_contributors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_contributors_person_idx\` ON \`advocacy_contributions_contributors\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_contributors_partner_idx\` ON \`advocacy_contributions_contributors\` (\`partner_id\`);`)
  await db.run(sql`CREATE TABLE \`advocacy_contributions_contributors_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`advocacy_contributions_contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`advocacy_contributions_contributors_locales_locale_parent_id\` ON \`advocacy_contributions_contributors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_contributors_locales_parent_idx\` ON \`advocacy_contributions_contributors_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`advocacy_contributions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`date\` text,
  	\`date_precision\` text DEFAULT 'day',
  	\`revised_at\` text,
  	\`sort_date\` text,
  	\`visibility\` text DEFAULT 'public',
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`advocacy_contributions_slug_idx\` ON \`advocacy_contributions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_kind_idx\` ON \`advocacy_contributions\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_date_idx\` ON \`advocacy_contributions\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_sort_date_idx\` ON \`advocacy_contributions\` (\`sort_date\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_visibility_idx\` ON \`advocacy_contributions\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_search_text_idx\` ON \`advocacy_contributions\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_updated_at_idx\` ON \`advocacy_contributions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_created_at_idx\` ON \`advocacy_contributions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions__status_idx\` ON \`advocacy_contributions\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_sortDate_createdAt_3_idx\` ON \`advocacy_contributions\` (\`_status\`,\`sort_date\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_visibility_sortDate_createdAt_3_idx\` ON \`advocacy_contributions\` (\`_status\`,\`visibility\`,\`sort_date\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`advocacy_contributions_locales\` (
  	\`title\` text,
  	\`context\` text,
  	\`body\` text,
  	\`outcome\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`advocacy_contributions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`advocacy_contributions_locales_locale_parent_id_unique\` ON \`advocacy_contributions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_locales_parent_idx\` ON \`advocacy_contributions_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`advocacy_contributions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`partners_id\` text(36),
  	\`themes_id\` text(36),
  	\`territories_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`advocacy_contributions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`territories_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_rels_order_idx\` ON \`advocacy_contributions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_rels_parent_idx\` ON \`advocacy_contributions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_rels_path_idx\` ON \`advocacy_contributions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_rels_partners_id_idx\` ON \`advocacy_contributions_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_rels_themes_id_idx\` ON \`advocacy_contributions_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`advocacy_contributions_rels_territories_id_idx\` ON \`advocacy_contributions_rels\` (\`territories_id\`);`)
  await db.run(sql`CREATE TABLE \`_advocacy_contributions_v_version_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'pdf',
  	\`file_id\` text(36),
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_advocacy_contributions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_version_documents_order_idx\` ON \`_advocacy_contributions_v_version_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_version_documents_parent_id_idx\` ON \`_advocacy_contributions_v_version_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_version_documents_file_idx\` ON \`_advocacy_contributions_v_version_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_advocacy_contributions_v_version_documents_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_advocacy_contributions_v_version_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_advocacy_contributions_v_version_documents_locales_locale_p\` ON \`_advocacy_contributions_v_version_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_version_documents_locales_parent_idx\` ON \`_advocacy_contributions_v_version_documents_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_advocacy_contributions_v_version_contributors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`person_id\` text(36),
  	\`partner_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_advocacy_contributions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_version_contributors_order_idx\` ON \`_advocacy_contributions_v_version_contributors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_version_contributors_parent_id_idx\` ON \`_advocacy_contributions_v_version_contributors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_version_contributors_person_idx\` ON \`_advocacy_contributions_v_version_contributors\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_version_contributors_partner_idx\` ON \`_advocacy_contributions_v_version_contributors\` (\`partner_id\`);`)
  await db.run(sql`CREATE TABLE \`_advocacy_contributions_v_version_contributors_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_advocacy_contributions_v_version_contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_advocacy_contributions_v_version_contributors_locales_local\` ON \`_advocacy_contributions_v_version_contributors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_version_contributors_locales_parent_idx\` ON \`_advocacy_contributions_v_version_contributors_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_advocacy_contributions_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_date\` text,
  	\`version_date_precision\` text DEFAULT 'day',
  	\`version_revised_at\` text,
  	\`version_sort_date\` text,
  	\`version_visibility\` text DEFAULT 'public',
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`advocacy_contributions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_parent_idx\` ON \`_advocacy_contributions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_version_version_slug_idx\` ON \`_advocacy_contributions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_version_version_kind_idx\` ON \`_advocacy_contributions_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_version_version_date_idx\` ON \`_advocacy_contributions_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_version_version_sort_date_idx\` ON \`_advocacy_contributions_v\` (\`version_sort_date\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_version_version_visibility_idx\` ON \`_advocacy_contributions_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_version_version_search_text_idx\` ON \`_advocacy_contributions_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_version_version_updated_at_idx\` ON \`_advocacy_contributions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_version_version_created_at_idx\` ON \`_advocacy_contributions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_version_version__status_idx\` ON \`_advocacy_contributions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_created_at_idx\` ON \`_advocacy_contributions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_updated_at_idx\` ON \`_advocacy_contributions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_snapshot_idx\` ON \`_advocacy_contributions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_published_locale_idx\` ON \`_advocacy_contributions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_latest_idx\` ON \`_advocacy_contributions_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_sortDate_version_createdAt_3_idx\` ON \`_advocacy_contributions_v\` (\`version__status\`,\`version_sort_date\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_3_idx\` ON \`_advocacy_contributions_v\` (\`version__status\`,\`version_visibility\`,\`version_sort_date\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`_advocacy_contributions_v_locales\` (
  	\`version_title\` text,
  	\`version_context\` text,
  	\`version_body\` text,
  	\`version_outcome\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_advocacy_contributions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_advocacy_contributions_v_locales_locale_parent_id_unique\` ON \`_advocacy_contributions_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_locales_parent_idx\` ON \`_advocacy_contributions_v_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_advocacy_contributions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`partners_id\` text(36),
  	\`themes_id\` text(36),
  	\`territories_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_advocacy_contributions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`territories_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_rels_order_idx\` ON \`_advocacy_contributions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_rels_parent_idx\` ON \`_advocacy_contributions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_rels_path_idx\` ON \`_advocacy_contributions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_rels_partners_id_idx\` ON \`_advocacy_contributions_v_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_rels_themes_id_idx\` ON \`_advocacy_contributions_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_advocacy_contributions_v_rels_territories_id_idx\` ON \`_advocacy_contributions_v_rels\` (\`territories_id\`);`)
  await db.run(sql`CREATE TABLE \`events_speakers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_speakers_order_idx\` ON \`events_speakers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_speakers_parent_id_idx\` ON \`events_speakers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_speakers_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events_speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_speakers_locales_locale_parent_id_unique\` ON \`events_speakers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_speakers_locales_parent_idx\` ON \`events_speakers_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`events_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'pdf',
  	\`file_id\` text(36),
  	\`url\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_documents_order_idx\` ON \`events_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_documents_parent_id_idx\` ON \`events_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_documents_file_idx\` ON \`events_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`events_documents_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_documents_locales_locale_parent_id_unique\` ON \`events_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_documents_locales_parent_idx\` ON \`events_documents_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`events_contributors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`person_id\` text(36),
  	\`partner_id\` text(36),
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_contributors_order_idx\` ON \`events_contributors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_contributors_parent_id_idx\` ON \`events_contributors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_contributors_person_idx\` ON \`events_contributors\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`events_contributors_partner_idx\` ON \`events_contributors\` (\`partner_id\`);`)
  await db.run(sql`CREATE TABLE \`events_contributors_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events_contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_contributors_locales_locale_parent_id_unique\` ON \`events_contributors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_contributors_locales_parent_idx\` ON \`events_contributors_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`start\` text,
  	\`end\` text,
  	\`online\` integer DEFAULT false,
  	\`place\` text,
  	\`participants\` numeric,
  	\`cover_id\` text(36),
  	\`date_precision\` text DEFAULT 'day',
  	\`revised_at\` text,
  	\`sort_date\` text,
  	\`replay_url\` text,
  	\`visibility\` text DEFAULT 'public',
  	\`proposed_by_id\` text(36),
  	\`review_status\` text,
  	\`review_comment\` text,
  	\`submitted_at\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proposed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_kind_idx\` ON \`events\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`events_start_idx\` ON \`events\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`events_cover_idx\` ON \`events\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`events_sort_date_idx\` ON \`events\` (\`sort_date\`);`)
  await db.run(sql`CREATE INDEX \`events_visibility_idx\` ON \`events\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`events_proposed_by_idx\` ON \`events\` (\`proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_review_status_idx\` ON \`events\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`events_search_text_idx\` ON \`events\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_start_createdAt_idx\` ON \`events\` (\`_status\`,\`start\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_visibility_start_createdAt_idx\` ON \`events\` (\`_status\`,\`visibility\`,\`start\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`title\` text,
  	\`participants_text\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_locales_parent_idx\` ON \`events_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`partners_id\` text(36),
  	\`themes_id\` text(36),
  	\`territories_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`territories_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_partners_id_idx\` ON \`events_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_themes_id_idx\` ON \`events_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_territories_id_idx\` ON \`events_rels\` (\`territories_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_speakers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_speakers_order_idx\` ON \`_events_v_version_speakers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_speakers_parent_id_idx\` ON \`_events_v_version_speakers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_speakers_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v_version_speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_version_speakers_locales_locale_parent_id_unique\` ON \`_events_v_version_speakers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_speakers_locales_parent_idx\` ON \`_events_v_version_speakers_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'pdf',
  	\`file_id\` text(36),
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_documents_order_idx\` ON \`_events_v_version_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_documents_parent_id_idx\` ON \`_events_v_version_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_documents_file_idx\` ON \`_events_v_version_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_documents_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v_version_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_version_documents_locales_locale_parent_id_unique\` ON \`_events_v_version_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_documents_locales_parent_idx\` ON \`_events_v_version_documents_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_contributors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`person_id\` text(36),
  	\`partner_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_contributors_order_idx\` ON \`_events_v_version_contributors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_contributors_parent_id_idx\` ON \`_events_v_version_contributors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_contributors_person_idx\` ON \`_events_v_version_contributors\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_contributors_partner_idx\` ON \`_events_v_version_contributors\` (\`partner_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_contributors_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v_version_contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_version_contributors_locales_locale_parent_id_uniq\` ON \`_events_v_version_contributors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_contributors_locales_parent_idx\` ON \`_events_v_version_contributors_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_events_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_start\` text,
  	\`version_end\` text,
  	\`version_online\` integer DEFAULT false,
  	\`version_place\` text,
  	\`version_participants\` numeric,
  	\`version_cover_id\` text(36),
  	\`version_date_precision\` text DEFAULT 'day',
  	\`version_revised_at\` text,
  	\`version_sort_date\` text,
  	\`version_replay_url\` text,
  	\`version_visibility\` text DEFAULT 'public',
  	\`version_proposed_by_id\` text(36),
  	\`version_review_status\` text,
  	\`version_review_comment\` text,
  	\`version_submitted_at\` text,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_proposed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_kind_idx\` ON \`_events_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_start_idx\` ON \`_events_v\` (\`version_start\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_cover_idx\` ON \`_events_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_sort_date_idx\` ON \`_events_v\` (\`version_sort_date\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_visibility_idx\` ON \`_events_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_proposed_by_idx\` ON \`_events_v\` (\`version_proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_review_status_idx\` ON \`_events_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_search_text_idx\` ON \`_events_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_start_version_createdAt_idx\` ON \`_events_v\` (\`version__status\`,\`version_start\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_4_idx\` ON \`_events_v\` (\`version__status\`,\`version_visibility\`,\`version_start\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_locales\` (
  	\`version_title\` text,
  	\`version_participants_text\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_locales_locale_parent_id_unique\` ON \`_events_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_locales_parent_idx\` ON \`_events_v_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`partners_id\` text(36),
  	\`themes_id\` text(36),
  	\`territories_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`territories_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_rels_order_idx\` ON \`_events_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_parent_idx\` ON \`_events_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_path_idx\` ON \`_events_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_partners_id_idx\` ON \`_events_v_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_themes_id_idx\` ON \`_events_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_territories_id_idx\` ON \`_events_v_rels\` (\`territories_id\`);`)
  await db.run(sql`CREATE TABLE \`news_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_links_order_idx\` ON \`news_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`news_links_parent_id_idx\` ON \`news_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news_links_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`news_links_locales_locale_parent_id_unique\` ON \`news_links_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_links_locales_parent_idx\` ON \`news_links_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`news_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'pdf',
  	\`file_id\` text(36),
  	\`url\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_documents_order_idx\` ON \`news_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`news_documents_parent_id_idx\` ON \`news_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_documents_file_idx\` ON \`news_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`news_documents_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`news_documents_locales_locale_parent_id_unique\` ON \`news_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_documents_locales_parent_idx\` ON \`news_documents_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`news_contributors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`person_id\` text(36),
  	\`partner_id\` text(36),
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_contributors_order_idx\` ON \`news_contributors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`news_contributors_parent_id_idx\` ON \`news_contributors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_contributors_person_idx\` ON \`news_contributors\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`news_contributors_partner_idx\` ON \`news_contributors\` (\`partner_id\`);`)
  await db.run(sql`CREATE TABLE \`news_contributors_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news_contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`news_contributors_locales_locale_parent_id_unique\` ON \`news_contributors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_contributors_locales_parent_idx\` ON \`news_contributors_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`news\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`cover_id\` text(36),
  	\`first_published_at\` text,
  	\`date_precision\` text DEFAULT 'day',
  	\`revised_at\` text,
  	\`sort_date\` text,
  	\`visibility\` text DEFAULT 'public',
  	\`proposed_by_id\` text(36),
  	\`review_status\` text,
  	\`review_comment\` text,
  	\`submitted_at\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proposed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_cover_idx\` ON \`news\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`news_first_published_at_idx\` ON \`news\` (\`first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_sort_date_idx\` ON \`news\` (\`sort_date\`);`)
  await db.run(sql`CREATE INDEX \`news_visibility_idx\` ON \`news\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`news_proposed_by_idx\` ON \`news\` (\`proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`news_review_status_idx\` ON \`news\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`news_search_text_idx\` ON \`news\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_sortDate_createdAt_4_idx\` ON \`news\` (\`_status\`,\`sort_date\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_visibility_sortDate_createdAt_4_idx\` ON \`news\` (\`_status\`,\`visibility\`,\`sort_date\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`news_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`news_locales_locale_parent_id_unique\` ON \`news_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_locales_parent_idx\` ON \`news_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`news_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` text(36),
  	\`territories_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`territories_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_rels_order_idx\` ON \`news_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_parent_idx\` ON \`news_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_path_idx\` ON \`news_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_themes_id_idx\` ON \`news_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_territories_id_idx\` ON \`news_rels\` (\`territories_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_links_order_idx\` ON \`_news_v_version_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_links_parent_id_idx\` ON \`_news_v_version_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_links_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v_version_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_news_v_version_links_locales_locale_parent_id_unique\` ON \`_news_v_version_links_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_links_locales_parent_idx\` ON \`_news_v_version_links_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'pdf',
  	\`file_id\` text(36),
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_documents_order_idx\` ON \`_news_v_version_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_documents_parent_id_idx\` ON \`_news_v_version_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_documents_file_idx\` ON \`_news_v_version_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_documents_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v_version_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_news_v_version_documents_locales_locale_parent_id_unique\` ON \`_news_v_version_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_documents_locales_parent_idx\` ON \`_news_v_version_documents_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_contributors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`person_id\` text(36),
  	\`partner_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_contributors_order_idx\` ON \`_news_v_version_contributors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_contributors_parent_id_idx\` ON \`_news_v_version_contributors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_contributors_person_idx\` ON \`_news_v_version_contributors\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_contributors_partner_idx\` ON \`_news_v_version_contributors\` (\`partner_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_contributors_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v_version_contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_news_v_version_contributors_locales_locale_parent_id_unique\` ON \`_news_v_version_contributors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_contributors_locales_parent_idx\` ON \`_news_v_version_contributors_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_news_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_cover_id\` text(36),
  	\`version_first_published_at\` text,
  	\`version_date_precision\` text DEFAULT 'day',
  	\`version_revised_at\` text,
  	\`version_sort_date\` text,
  	\`version_visibility\` text DEFAULT 'public',
  	\`version_proposed_by_id\` text(36),
  	\`version_review_status\` text,
  	\`version_review_comment\` text,
  	\`version_submitted_at\` text,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_proposed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_cover_idx\` ON \`_news_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_first_published_at_idx\` ON \`_news_v\` (\`version_first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_sort_date_idx\` ON \`_news_v\` (\`version_sort_date\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_visibility_idx\` ON \`_news_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_proposed_by_idx\` ON \`_news_v\` (\`version_proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_review_status_idx\` ON \`_news_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_search_text_idx\` ON \`_news_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_sortDate_version_createdAt_4_idx\` ON \`_news_v\` (\`version__status\`,\`version_sort_date\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_5_idx\` ON \`_news_v\` (\`version__status\`,\`version_visibility\`,\`version_sort_date\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_news_v_locales_locale_parent_id_unique\` ON \`_news_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_locales_parent_idx\` ON \`_news_v_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` text(36),
  	\`territories_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`territories_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_rels_order_idx\` ON \`_news_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_parent_idx\` ON \`_news_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_path_idx\` ON \`_news_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_themes_id_idx\` ON \`_news_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_territories_id_idx\` ON \`_news_v_rels\` (\`territories_id\`);`)
  await db.run(sql`CREATE TABLE \`interviews_officials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`person_id\` text(36),
  	\`authority_id\` text(36),
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interviews_officials_order_idx\` ON \`interviews_officials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interviews_officials_parent_id_idx\` ON \`interviews_officials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_officials_person_idx\` ON \`interviews_officials\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_officials_authority_idx\` ON \`interviews_officials\` (\`authority_id\`);`)
  await db.run(sql`CREATE TABLE \`interviews_officials_locales\` (
  	\`mandate\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interviews_officials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`interviews_officials_locales_locale_parent_id_unique\` ON \`interviews_officials_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_officials_locales_parent_idx\` ON \`interviews_officials_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`interviews_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interviews_questions_order_idx\` ON \`interviews_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interviews_questions_parent_id_idx\` ON \`interviews_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interviews_questions_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interviews_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`interviews_questions_locales_locale_parent_id_unique\` ON \`interviews_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_questions_locales_parent_idx\` ON \`interviews_questions_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`interviews_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'pdf',
  	\`file_id\` text(36),
  	\`url\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interviews_documents_order_idx\` ON \`interviews_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interviews_documents_parent_id_idx\` ON \`interviews_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_documents_file_idx\` ON \`interviews_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`interviews_documents_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interviews_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`interviews_documents_locales_locale_parent_id_unique\` ON \`interviews_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_documents_locales_parent_idx\` ON \`interviews_documents_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`interviews\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`portrait_id\` text(36),
  	\`first_published_at\` text,
  	\`date_precision\` text DEFAULT 'day',
  	\`revised_at\` text,
  	\`sort_date\` text,
  	\`visibility\` text DEFAULT 'public',
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`interviews_slug_idx\` ON \`interviews\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`interviews_portrait_idx\` ON \`interviews\` (\`portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_first_published_at_idx\` ON \`interviews\` (\`first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`interviews_sort_date_idx\` ON \`interviews\` (\`sort_date\`);`)
  await db.run(sql`CREATE INDEX \`interviews_visibility_idx\` ON \`interviews\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`interviews_search_text_idx\` ON \`interviews\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`interviews_updated_at_idx\` ON \`interviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interviews_created_at_idx\` ON \`interviews\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interviews__status_idx\` ON \`interviews\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_sortDate_createdAt_5_idx\` ON \`interviews\` (\`_status\`,\`sort_date\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_visibility_sortDate_createdAt_5_idx\` ON \`interviews\` (\`_status\`,\`visibility\`,\`sort_date\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`interviews_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`interviews_locales_locale_parent_id_unique\` ON \`interviews_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_locales_parent_idx\` ON \`interviews_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`interviews_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` text(36),
  	\`territories_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`territories_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interviews_rels_order_idx\` ON \`interviews_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interviews_rels_parent_idx\` ON \`interviews_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_rels_path_idx\` ON \`interviews_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`interviews_rels_themes_id_idx\` ON \`interviews_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_rels_territories_id_idx\` ON \`interviews_rels\` (\`territories_id\`);`)
  await db.run(sql`CREATE TABLE \`_interviews_v_version_officials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`person_id\` text(36),
  	\`authority_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_officials_order_idx\` ON \`_interviews_v_version_officials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_officials_parent_id_idx\` ON \`_interviews_v_version_officials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_officials_person_idx\` ON \`_interviews_v_version_officials\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_officials_authority_idx\` ON \`_interviews_v_version_officials\` (\`authority_id\`);`)
  await db.run(sql`CREATE TABLE \`_interviews_v_version_officials_locales\` (
  	\`mandate\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interviews_v_version_officials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_interviews_v_version_officials_locales_locale_parent_id_uni\` ON \`_interviews_v_version_officials_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_officials_locales_parent_idx\` ON \`_interviews_v_version_officials_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_interviews_v_version_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_questions_order_idx\` ON \`_interviews_v_version_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_questions_parent_id_idx\` ON \`_interviews_v_version_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interviews_v_version_questions_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interviews_v_version_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_interviews_v_version_questions_locales_locale_parent_id_uni\` ON \`_interviews_v_version_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_questions_locales_parent_idx\` ON \`_interviews_v_version_questions_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_interviews_v_version_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'pdf',
  	\`file_id\` text(36),
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_documents_order_idx\` ON \`_interviews_v_version_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_documents_parent_id_idx\` ON \`_interviews_v_version_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_documents_file_idx\` ON \`_interviews_v_version_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_interviews_v_version_documents_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interviews_v_version_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_interviews_v_version_documents_locales_locale_parent_id_uni\` ON \`_interviews_v_version_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_documents_locales_parent_idx\` ON \`_interviews_v_version_documents_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_interviews_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_portrait_id\` text(36),
  	\`version_first_published_at\` text,
  	\`version_date_precision\` text DEFAULT 'day',
  	\`version_revised_at\` text,
  	\`version_sort_date\` text,
  	\`version_visibility\` text DEFAULT 'public',
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_interviews_v_parent_idx\` ON \`_interviews_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_slug_idx\` ON \`_interviews_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_portrait_idx\` ON \`_interviews_v\` (\`version_portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_first_published_at_idx\` ON \`_interviews_v\` (\`version_first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_sort_date_idx\` ON \`_interviews_v\` (\`version_sort_date\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_visibility_idx\` ON \`_interviews_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_search_text_idx\` ON \`_interviews_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_updated_at_idx\` ON \`_interviews_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_created_at_idx\` ON \`_interviews_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version__status_idx\` ON \`_interviews_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_created_at_idx\` ON \`_interviews_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_updated_at_idx\` ON \`_interviews_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_snapshot_idx\` ON \`_interviews_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_published_locale_idx\` ON \`_interviews_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_latest_idx\` ON \`_interviews_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_sortDate_version_createdAt_5_idx\` ON \`_interviews_v\` (\`version__status\`,\`version_sort_date\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_6_idx\` ON \`_interviews_v\` (\`version__status\`,\`version_visibility\`,\`version_sort_date\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`_interviews_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_interviews_v_locales_locale_parent_id_unique\` ON \`_interviews_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_locales_parent_idx\` ON \`_interviews_v_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_interviews_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` text(36),
  	\`territories_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`territories_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interviews_v_rels_order_idx\` ON \`_interviews_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_rels_parent_idx\` ON \`_interviews_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_rels_path_idx\` ON \`_interviews_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_rels_themes_id_idx\` ON \`_interviews_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_rels_territories_id_idx\` ON \`_interviews_v_rels\` (\`territories_id\`);`)
  await db.run(sql`CREATE TABLE \`partners_agreements_axes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners_agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_agreements_axes_order_idx\` ON \`partners_agreements_axes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`partners_agreements_axes_parent_id_idx\` ON \`partners_agreements_axes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners_agreements_axes_locales\` (
  	\`axis\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners_agreements_axes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_agreements_axes_locales_locale_parent_id_unique\` ON \`partners_agreements_axes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_agreements_axes_locales_parent_idx\` ON \`partners_agreements_axes_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`partners_agreements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`start_year\` numeric,
  	\`end_year\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_agreements_order_idx\` ON \`partners_agreements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`partners_agreements_parent_id_idx\` ON \`partners_agreements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners_agreements_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners_agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_agreements_locales_locale_parent_id_unique\` ON \`partners_agreements_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_agreements_locales_parent_idx\` ON \`partners_agreements_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`partners\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`kind\` text,
  	\`logo_id\` text(36),
  	\`website\` text,
  	\`region\` text,
  	\`active\` integer DEFAULT true,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_slug_idx\` ON \`partners\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`partners_kind_idx\` ON \`partners\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`partners_logo_idx\` ON \`partners\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_region_idx\` ON \`partners\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`partners_active_idx\` ON \`partners\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`partners_search_text_idx\` ON \`partners\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`partners_updated_at_idx\` ON \`partners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partners_created_at_idx\` ON \`partners\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`partners__status_idx\` ON \`partners\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_name_idx\` ON \`partners\` (\`_status\`,\`name\`);`)
  await db.run(sql`CREATE TABLE \`partners_locales\` (
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_locales_locale_parent_id_unique\` ON \`partners_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_locales_parent_idx\` ON \`partners_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_partners_v_version_agreements_axes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partners_v_version_agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_partners_v_version_agreements_axes_order_idx\` ON \`_partners_v_version_agreements_axes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_agreements_axes_parent_id_idx\` ON \`_partners_v_version_agreements_axes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_partners_v_version_agreements_axes_locales\` (
  	\`axis\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partners_v_version_agreements_axes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_partners_v_version_agreements_axes_locales_locale_parent_id\` ON \`_partners_v_version_agreements_axes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_agreements_axes_locales_parent_idx\` ON \`_partners_v_version_agreements_axes_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_partners_v_version_agreements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`start_year\` numeric,
  	\`end_year\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partners_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_partners_v_version_agreements_order_idx\` ON \`_partners_v_version_agreements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_agreements_parent_id_idx\` ON \`_partners_v_version_agreements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_partners_v_version_agreements_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partners_v_version_agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_partners_v_version_agreements_locales_locale_parent_id_uniq\` ON \`_partners_v_version_agreements_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_agreements_locales_parent_idx\` ON \`_partners_v_version_agreements_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_partners_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_logo_id\` text(36),
  	\`version_website\` text,
  	\`version_region\` text,
  	\`version_active\` integer DEFAULT true,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_partners_v_parent_idx\` ON \`_partners_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version_slug_idx\` ON \`_partners_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version_kind_idx\` ON \`_partners_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version_logo_idx\` ON \`_partners_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version_region_idx\` ON \`_partners_v\` (\`version_region\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version_active_idx\` ON \`_partners_v\` (\`version_active\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version_search_text_idx\` ON \`_partners_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version_updated_at_idx\` ON \`_partners_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version_created_at_idx\` ON \`_partners_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version__status_idx\` ON \`_partners_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_created_at_idx\` ON \`_partners_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_updated_at_idx\` ON \`_partners_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_snapshot_idx\` ON \`_partners_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_published_locale_idx\` ON \`_partners_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_latest_idx\` ON \`_partners_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_name_idx\` ON \`_partners_v\` (\`version__status\`,\`version_name\`);`)
  await db.run(sql`CREATE TABLE \`_partners_v_locales\` (
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partners_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_partners_v_locales_locale_parent_id_unique\` ON \`_partners_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_locales_parent_idx\` ON \`_partners_v_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`people\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`organisation\` text,
  	\`partner_id\` text(36),
  	\`territory_id\` text(36),
  	\`website\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`territory_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`people_slug_idx\` ON \`people\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`people_partner_idx\` ON \`people\` (\`partner_id\`);`)
  await db.run(sql`CREATE INDEX \`people_territory_idx\` ON \`people\` (\`territory_id\`);`)
  await db.run(sql`CREATE INDEX \`people_search_text_idx\` ON \`people\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`people_updated_at_idx\` ON \`people\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`people_created_at_idx\` ON \`people\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`people__status_idx\` ON \`people\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_name_1_idx\` ON \`people\` (\`_status\`,\`name\`);`)
  await db.run(sql`CREATE TABLE \`people_locales\` (
  	\`position\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`people_locales_locale_parent_id_unique\` ON \`people_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_locales_parent_idx\` ON \`people_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_people_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_organisation\` text,
  	\`version_partner_id\` text(36),
  	\`version_territory_id\` text(36),
  	\`version_website\` text,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_territory_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_parent_idx\` ON \`_people_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_slug_idx\` ON \`_people_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_partner_idx\` ON \`_people_v\` (\`version_partner_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_territory_idx\` ON \`_people_v\` (\`version_territory_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_search_text_idx\` ON \`_people_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_updated_at_idx\` ON \`_people_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_created_at_idx\` ON \`_people_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version__status_idx\` ON \`_people_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_created_at_idx\` ON \`_people_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_updated_at_idx\` ON \`_people_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_snapshot_idx\` ON \`_people_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_published_locale_idx\` ON \`_people_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_latest_idx\` ON \`_people_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_name_1_idx\` ON \`_people_v\` (\`version__status\`,\`version_name\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_locales\` (
  	\`version_position\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_people_v_locales_locale_parent_id_unique\` ON \`_people_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_locales_parent_idx\` ON \`_people_v_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`themes\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_slug_idx\` ON \`themes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`themes_search_text_idx\` ON \`themes\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`themes_updated_at_idx\` ON \`themes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`themes_created_at_idx\` ON \`themes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`themes_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_locales_locale_parent_id_unique\` ON \`themes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`themes_locales_parent_idx\` ON \`themes_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`territories\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`parent_id\` text(36),
  	\`is_member\` integer DEFAULT false,
  	\`member_since\` numeric,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`territories_slug_idx\` ON \`territories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`territories_kind_idx\` ON \`territories\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`territories_parent_idx\` ON \`territories\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`territories_is_member_idx\` ON \`territories\` (\`is_member\`);`)
  await db.run(sql`CREATE INDEX \`territories_search_text_idx\` ON \`territories\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`territories_updated_at_idx\` ON \`territories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`territories_created_at_idx\` ON \`territories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`visibility\` text DEFAULT 'public' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card480_avif_url\` text,
  	\`sizes_card480_avif_width\` numeric,
  	\`sizes_card480_avif_height\` numeric,
  	\`sizes_card480_avif_mime_type\` text,
  	\`sizes_card480_avif_filesize\` numeric,
  	\`sizes_card480_avif_filename\` text,
  	\`sizes_card480_webp_url\` text,
  	\`sizes_card480_webp_width\` numeric,
  	\`sizes_card480_webp_height\` numeric,
  	\`sizes_card480_webp_mime_type\` text,
  	\`sizes_card480_webp_filesize\` numeric,
  	\`sizes_card480_webp_filename\` text,
  	\`sizes_card960_avif_url\` text,
  	\`sizes_card960_avif_width\` numeric,
  	\`sizes_card960_avif_height\` numeric,
  	\`sizes_card960_avif_mime_type\` text,
  	\`sizes_card960_avif_filesize\` numeric,
  	\`sizes_card960_avif_filename\` text,
  	\`sizes_card960_webp_url\` text,
  	\`sizes_card960_webp_width\` numeric,
  	\`sizes_card960_webp_height\` numeric,
  	\`sizes_card960_webp_mime_type\` text,
  	\`sizes_card960_webp_filesize\` numeric,
  	\`sizes_card960_webp_filename\` text,
  	\`sizes_hero1280_avif_url\` text,
  	\`sizes_hero1280_avif_width\` numeric,
  	\`sizes_hero1280_avif_height\` numeric,
  	\`sizes_hero1280_avif_mime_type\` text,
  	\`sizes_hero1280_avif_filesize\` numeric,
  	\`sizes_hero1280_avif_filename\` text,
  	\`sizes_hero1280_webp_url\` text,
  	\`sizes_hero1280_webp_width\` numeric,
  	\`sizes_hero1280_webp_height\` numeric,
  	\`sizes_hero1280_webp_mime_type\` text,
  	\`sizes_hero1280_webp_filesize\` numeric,
  	\`sizes_hero1280_webp_filename\` text,
  	\`sizes_hero1920_avif_url\` text,
  	\`sizes_hero1920_avif_width\` numeric,
  	\`sizes_hero1920_avif_height\` numeric,
  	\`sizes_hero1920_avif_mime_type\` text,
  	\`sizes_hero1920_avif_filesize\` numeric,
  	\`sizes_hero1920_avif_filename\` text,
  	\`sizes_hero1920_webp_url\` text,
  	\`sizes_hero1920_webp_width\` numeric,
  	\`sizes_hero1920_webp_height\` numeric,
  	\`sizes_hero1920_webp_mime_type\` text,
  	\`sizes_hero1920_webp_filesize\` numeric,
  	\`sizes_hero1920_webp_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_visibility_idx\` ON \`media\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card480_avif_sizes_card480_avif_filename_idx\` ON \`media\` (\`sizes_card480_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card480_webp_sizes_card480_webp_filename_idx\` ON \`media\` (\`sizes_card480_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card960_avif_sizes_card960_avif_filename_idx\` ON \`media\` (\`sizes_card960_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card960_webp_sizes_card960_webp_filename_idx\` ON \`media\` (\`sizes_card960_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero1280_avif_sizes_hero1280_avif_filename_idx\` ON \`media\` (\`sizes_hero1280_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero1280_webp_sizes_hero1280_webp_filename_idx\` ON \`media\` (\`sizes_hero1280_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero1920_avif_sizes_hero1920_avif_filename_idx\` ON \`media\` (\`sizes_hero1920_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero1920_webp_sizes_hero1920_webp_filename_idx\` ON \`media\` (\`sizes_hero1920_webp_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`,\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`newsletters_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletters_items_order_idx\` ON \`newsletters_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_items_parent_id_idx\` ON \`newsletters_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`newsletters\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`series\` text,
  	\`number\` numeric,
  	\`date\` text,
  	\`preheader\` text,
  	\`intro\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`newsletters_slug_idx\` ON \`newsletters\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_series_idx\` ON \`newsletters\` (\`series\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_date_idx\` ON \`newsletters\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_search_text_idx\` ON \`newsletters\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_updated_at_idx\` ON \`newsletters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_created_at_idx\` ON \`newsletters\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletters__status_idx\` ON \`newsletters\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_date_createdAt_idx\` ON \`newsletters\` (\`_status\`,\`date\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_series_date_createdAt_idx\` ON \`newsletters\` (\`_status\`,\`series\`,\`date\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`series_number_1_idx\` ON \`newsletters\` (\`series\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`newsletters_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` text(36),
  	\`interviews_id\` text(36),
  	\`events_id\` text(36),
  	\`fiches_id\` text(36),
  	\`kits_id\` text(36),
  	\`press_articles_id\` text(36),
  	\`advocacy_contributions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interviews_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fiches_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kits_id\`) REFERENCES \`kits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_articles_id\`) REFERENCES \`press_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`advocacy_contributions_id\`) REFERENCES \`advocacy_contributions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletters_rels_order_idx\` ON \`newsletters_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_parent_idx\` ON \`newsletters_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_path_idx\` ON \`newsletters_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_news_id_idx\` ON \`newsletters_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_interviews_id_idx\` ON \`newsletters_rels\` (\`interviews_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_events_id_idx\` ON \`newsletters_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_fiches_id_idx\` ON \`newsletters_rels\` (\`fiches_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_kits_id_idx\` ON \`newsletters_rels\` (\`kits_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_press_articles_id_idx\` ON \`newsletters_rels\` (\`press_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_advocacy_contributions_id_idx\` ON \`newsletters_rels\` (\`advocacy_contributions_id\`);`)
  await db.run(sql`CREATE TABLE \`_newsletters_v_version_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_newsletters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_newsletters_v_version_items_order_idx\` ON \`_newsletters_v_version_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_version_items_parent_id_idx\` ON \`_newsletters_v_version_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_newsletters_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_series\` text,
  	\`version_number\` numeric,
  	\`version_date\` text,
  	\`version_preheader\` text,
  	\`version_intro\` text,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_newsletters_v_parent_idx\` ON \`_newsletters_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_version_version_slug_idx\` ON \`_newsletters_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_version_version_series_idx\` ON \`_newsletters_v\` (\`version_series\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_version_version_date_idx\` ON \`_newsletters_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_version_version_search_text_idx\` ON \`_newsletters_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_version_version_updated_at_idx\` ON \`_newsletters_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_version_version_created_at_idx\` ON \`_newsletters_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_version_version__status_idx\` ON \`_newsletters_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_created_at_idx\` ON \`_newsletters_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_updated_at_idx\` ON \`_newsletters_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_snapshot_idx\` ON \`_newsletters_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_published_locale_idx\` ON \`_newsletters_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_latest_idx\` ON \`_newsletters_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_date_version_createdAt_idx\` ON \`_newsletters_v\` (\`version__status\`,\`version_date\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_series_version_date_version_crea_idx\` ON \`_newsletters_v\` (\`version__status\`,\`version_series\`,\`version_date\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_series_version_number_1_idx\` ON \`_newsletters_v\` (\`version_series\`,\`version_number\`);`)
  await db.run(sql`CREATE TABLE \`_newsletters_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` text(36),
  	\`interviews_id\` text(36),
  	\`events_id\` text(36),
  	\`fiches_id\` text(36),
  	\`kits_id\` text(36),
  	\`press_articles_id\` text(36),
  	\`advocacy_contributions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_newsletters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interviews_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fiches_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kits_id\`) REFERENCES \`kits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_articles_id\`) REFERENCES \`press_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`advocacy_contributions_id\`) REFERENCES \`advocacy_contributions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_newsletters_v_rels_order_idx\` ON \`_newsletters_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_rels_parent_idx\` ON \`_newsletters_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_rels_path_idx\` ON \`_newsletters_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_rels_news_id_idx\` ON \`_newsletters_v_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_rels_interviews_id_idx\` ON \`_newsletters_v_rels\` (\`interviews_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_rels_events_id_idx\` ON \`_newsletters_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_rels_fiches_id_idx\` ON \`_newsletters_v_rels\` (\`fiches_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_rels_kits_id_idx\` ON \`_newsletters_v_rels\` (\`kits_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_rels_press_articles_id_idx\` ON \`_newsletters_v_rels\` (\`press_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_rels_advocacy_contributions_id_idx\` ON \`_newsletters_v_rels\` (\`advocacy_contributions_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'member',
  	\`authority_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_authority_idx\` ON \`users\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`webhooks_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_events_order_idx\` ON \`webhooks_events\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_events_parent_idx\` ON \`webhooks_events\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhooks_collections\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_collections_order_idx\` ON \`webhooks_collections\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_collections_parent_idx\` ON \`webhooks_collections\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhooks\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`secret\` text,
  	\`signing_secret\` text,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_updated_at_idx\` ON \`webhooks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_created_at_idx\` ON \`webhooks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`summary\` text,
  	\`delivery_id\` text NOT NULL,
  	\`webhook_id\` text(36) NOT NULL,
  	\`event\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0 NOT NULL,
  	\`last_status_code\` numeric,
  	\`last_error\` text,
  	\`next_attempt_at\` text,
  	\`delivered_at\` text,
  	\`body\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`webhook_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`webhook_deliveries_delivery_id_idx\` ON \`webhook_deliveries\` (\`delivery_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_webhook_idx\` ON \`webhook_deliveries\` (\`webhook_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_status_idx\` ON \`webhook_deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sync_changes\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`sequence\` numeric NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`audience\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sync_changes_sequence_idx\` ON \`sync_changes\` (\`sequence\`);`)
  await db.run(sql`CREATE INDEX \`sync_changes_document_id_idx\` ON \`sync_changes\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`sync_changes_updated_at_idx\` ON \`sync_changes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sync_changes_created_at_idx\` ON \`sync_changes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`download_counts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`month\` text NOT NULL,
  	\`downloads\` numeric DEFAULT 0 NOT NULL,
  	\`media_id\` text(36),
  	\`fiche_id\` text(36),
  	\`kit_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`fiche_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`kit_id\`) REFERENCES \`kits\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`download_counts_month_idx\` ON \`download_counts\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`download_counts_media_idx\` ON \`download_counts\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`download_counts_fiche_idx\` ON \`download_counts\` (\`fiche_id\`);`)
  await db.run(sql`CREATE INDEX \`download_counts_kit_idx\` ON \`download_counts\` (\`kit_id\`);`)
  await db.run(sql`CREATE INDEX \`download_counts_updated_at_idx\` ON \`download_counts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`download_counts_created_at_idx\` ON \`download_counts\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_month_idx\` ON \`download_counts\` (\`media_id\`,\`month\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`fiches_id\` text(36),
  	\`kits_id\` text(36),
  	\`press_articles_id\` text(36),
  	\`advocacy_contributions_id\` text(36),
  	\`events_id\` text(36),
  	\`news_id\` text(36),
  	\`interviews_id\` text(36),
  	\`partners_id\` text(36),
  	\`people_id\` text(36),
  	\`themes_id\` text(36),
  	\`territories_id\` text(36),
  	\`media_id\` text(36),
  	\`newsletters_id\` text(36),
  	\`users_id\` text(36),
  	\`webhooks_id\` text(36),
  	\`webhook_deliveries_id\` text(36),
  	\`sync_changes_id\` text(36),
  	\`download_counts_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fiches_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kits_id\`) REFERENCES \`kits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_articles_id\`) REFERENCES \`press_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`advocacy_contributions_id\`) REFERENCES \`advocacy_contributions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interviews_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`territories_id\`) REFERENCES \`territories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletters_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhooks_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sync_changes_id\`) REFERENCES \`sync_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`download_counts_id\`) REFERENCES \`download_counts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fiches_id_idx\` ON \`payload_locked_documents_rels\` (\`fiches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kits_id_idx\` ON \`payload_locked_documents_rels\` (\`kits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`press_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_advocacy_contributions_id_idx\` ON \`payload_locked_documents_rels\` (\`advocacy_contributions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interviews_id_idx\` ON \`payload_locked_documents_rels\` (\`interviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_territories_id_idx\` ON \`payload_locked_documents_rels\` (\`territories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletters_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sync_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`sync_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_download_counts_id_idx\` ON \`payload_locked_documents_rels\` (\`download_counts_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`fiches_deniche_key_figures\`;`)
  await db.run(sql`DROP TABLE \`fiches_deniche_key_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`fiches_deniche_contacts\`;`)
  await db.run(sql`DROP TABLE \`fiches_documents\`;`)
  await db.run(sql`DROP TABLE \`fiches_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`fiches_contributors\`;`)
  await db.run(sql`DROP TABLE \`fiches_contributors_locales\`;`)
  await db.run(sql`DROP TABLE \`fiches_territory_details\`;`)
  await db.run(sql`DROP TABLE \`fiches_territory_details_locales\`;`)
  await db.run(sql`DROP TABLE \`fiches\`;`)
  await db.run(sql`DROP TABLE \`fiches_locales\`;`)
  await db.run(sql`DROP TABLE \`fiches_rels\`;`)
  await db.run(sql`DROP TABLE \`_fiches_v_version_deniche_key_figures\`;`)
  await db.run(sql`DROP TABLE \`_fiches_v_version_deniche_key_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`_fiches_v_version_deniche_contacts\`;`)
  await db.run(sql`DROP TABLE \`_fiches_v_version_documents\`;`)
  await db.run(sql`DROP TABLE \`_fiches_v_version_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`_fiches_v_version_contributors\`;`)
  await db.run(sql`DROP TABLE \`_fiches_v_version_contributors_locales\`;`)
  await db.run(sql`DROP TABLE \`_fiches_v_version_territory_details\`;`)
  await db.run(sql`DROP TABLE \`_fiches_v_version_territory_details_locales\`;`)
  await db.run(sql`DROP TABLE \`_fiches_v\`;`)
  await db.run(sql`DROP TABLE \`_fiches_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_fiches_v_rels\`;`)
  await db.run(sql`DROP TABLE \`kits_documents\`;`)
  await db.run(sql`DROP TABLE \`kits_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`kits_contributors\`;`)
  await db.run(sql`DROP TABLE \`kits_contributors_locales\`;`)
  await db.run(sql`DROP TABLE \`kits\`;`)
  await db.run(sql`DROP TABLE \`kits_locales\`;`)
  await db.run(sql`DROP TABLE \`kits_rels\`;`)
  await db.run(sql`DROP TABLE \`_kits_v_version_documents\`;`)
  await db.run(sql`DROP TABLE \`_kits_v_version_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`_kits_v_version_contributors\`;`)
  await db.run(sql`DROP TABLE \`_kits_v_version_contributors_locales\`;`)
  await db.run(sql`DROP TABLE \`_kits_v\`;`)
  await db.run(sql`DROP TABLE \`_kits_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_kits_v_rels\`;`)
  await db.run(sql`DROP TABLE \`press_articles_documents\`;`)
  await db.run(sql`DROP TABLE \`press_articles_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`press_articles_contributors\`;`)
  await db.run(sql`DROP TABLE \`press_articles_contributors_locales\`;`)
  await db.run(sql`DROP TABLE \`press_articles\`;`)
  await db.run(sql`DROP TABLE \`press_articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_press_articles_v_version_documents\`;`)
  await db.run(sql`DROP TABLE \`_press_articles_v_version_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`_press_articles_v_version_contributors\`;`)
  await db.run(sql`DROP TABLE \`_press_articles_v_version_contributors_locales\`;`)
  await db.run(sql`DROP TABLE \`_press_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_press_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`advocacy_contributions_documents\`;`)
  await db.run(sql`DROP TABLE \`advocacy_contributions_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`advocacy_contributions_contributors\`;`)
  await db.run(sql`DROP TABLE \`advocacy_contributions_contributors_locales\`;`)
  await db.run(sql`DROP TABLE \`advocacy_contributions\`;`)
  await db.run(sql`DROP TABLE \`advocacy_contributions_locales\`;`)
  await db.run(sql`DROP TABLE \`advocacy_contributions_rels\`;`)
  await db.run(sql`DROP TABLE \`_advocacy_contributions_v_version_documents\`;`)
  await db.run(sql`DROP TABLE \`_advocacy_contributions_v_version_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`_advocacy_contributions_v_version_contributors\`;`)
  await db.run(sql`DROP TABLE \`_advocacy_contributions_v_version_contributors_locales\`;`)
  await db.run(sql`DROP TABLE \`_advocacy_contributions_v\`;`)
  await db.run(sql`DROP TABLE \`_advocacy_contributions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_advocacy_contributions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`events_speakers\`;`)
  await db.run(sql`DROP TABLE \`events_speakers_locales\`;`)
  await db.run(sql`DROP TABLE \`events_documents\`;`)
  await db.run(sql`DROP TABLE \`events_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`events_contributors\`;`)
  await db.run(sql`DROP TABLE \`events_contributors_locales\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_speakers\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_speakers_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_documents\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_contributors\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_contributors_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`news_links\`;`)
  await db.run(sql`DROP TABLE \`news_links_locales\`;`)
  await db.run(sql`DROP TABLE \`news_documents\`;`)
  await db.run(sql`DROP TABLE \`news_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`news_contributors\`;`)
  await db.run(sql`DROP TABLE \`news_contributors_locales\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`DROP TABLE \`news_locales\`;`)
  await db.run(sql`DROP TABLE \`news_rels\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_links\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_links_locales\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_documents\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_contributors\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_contributors_locales\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_news_v_rels\`;`)
  await db.run(sql`DROP TABLE \`interviews_officials\`;`)
  await db.run(sql`DROP TABLE \`interviews_officials_locales\`;`)
  await db.run(sql`DROP TABLE \`interviews_questions\`;`)
  await db.run(sql`DROP TABLE \`interviews_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`interviews_documents\`;`)
  await db.run(sql`DROP TABLE \`interviews_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`interviews\`;`)
  await db.run(sql`DROP TABLE \`interviews_locales\`;`)
  await db.run(sql`DROP TABLE \`interviews_rels\`;`)
  await db.run(sql`DROP TABLE \`_interviews_v_version_officials\`;`)
  await db.run(sql`DROP TABLE \`_interviews_v_version_officials_locales\`;`)
  await db.run(sql`DROP TABLE \`_interviews_v_version_questions\`;`)
  await db.run(sql`DROP TABLE \`_interviews_v_version_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`_interviews_v_version_documents\`;`)
  await db.run(sql`DROP TABLE \`_interviews_v_version_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`_interviews_v\`;`)
  await db.run(sql`DROP TABLE \`_interviews_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_interviews_v_rels\`;`)
  await db.run(sql`DROP TABLE \`partners_agreements_axes\`;`)
  await db.run(sql`DROP TABLE \`partners_agreements_axes_locales\`;`)
  await db.run(sql`DROP TABLE \`partners_agreements\`;`)
  await db.run(sql`DROP TABLE \`partners_agreements_locales\`;`)
  await db.run(sql`DROP TABLE \`partners\`;`)
  await db.run(sql`DROP TABLE \`partners_locales\`;`)
  await db.run(sql`DROP TABLE \`_partners_v_version_agreements_axes\`;`)
  await db.run(sql`DROP TABLE \`_partners_v_version_agreements_axes_locales\`;`)
  await db.run(sql`DROP TABLE \`_partners_v_version_agreements\`;`)
  await db.run(sql`DROP TABLE \`_partners_v_version_agreements_locales\`;`)
  await db.run(sql`DROP TABLE \`_partners_v\`;`)
  await db.run(sql`DROP TABLE \`_partners_v_locales\`;`)
  await db.run(sql`DROP TABLE \`people\`;`)
  await db.run(sql`DROP TABLE \`people_locales\`;`)
  await db.run(sql`DROP TABLE \`_people_v\`;`)
  await db.run(sql`DROP TABLE \`_people_v_locales\`;`)
  await db.run(sql`DROP TABLE \`themes\`;`)
  await db.run(sql`DROP TABLE \`themes_locales\`;`)
  await db.run(sql`DROP TABLE \`territories\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`newsletters_items\`;`)
  await db.run(sql`DROP TABLE \`newsletters\`;`)
  await db.run(sql`DROP TABLE \`newsletters_rels\`;`)
  await db.run(sql`DROP TABLE \`_newsletters_v_version_items\`;`)
  await db.run(sql`DROP TABLE \`_newsletters_v\`;`)
  await db.run(sql`DROP TABLE \`_newsletters_v_rels\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`webhooks_events\`;`)
  await db.run(sql`DROP TABLE \`webhooks_collections\`;`)
  await db.run(sql`DROP TABLE \`webhooks\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`sync_changes\`;`)
  await db.run(sql`DROP TABLE \`download_counts\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}

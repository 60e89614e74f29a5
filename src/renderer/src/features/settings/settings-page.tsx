/**
 * Settings: backups, automatic lock, theme, role names, attention, about you (who signs the
 * letters), agreements and letters, script templates and the passphrase. Each setting saves as
 * soon as it changes.
 */
import { PageHeading } from '../../components/page-heading';
import { BackupsSection } from '../backups/backups-section';
import { useQuery } from '../../lib/query';
import { AboutYouSetting } from './about-you-setting';
import { AttentionSetting } from './attention-setting';
import { AutoLockSetting } from './auto-lock-setting';
import { ChangePassphraseForm } from './change-passphrase-form';
import { OrganisationSetting } from './organisation-setting';
import { RoleLabelsSetting } from './role-labels-setting';
import { TemplatesSetting } from './templates-setting';
import { ThemeSetting } from './theme-setting';

export function SettingsPage() {
  const settings = useQuery('settings:get');
  return (
    <>
      <PageHeading>Settings</PageHeading>
      <BackupsSection />
      {settings.data ? (
        <>
          <AutoLockSetting initial={settings.data.autoLockMinutes} />
          <ThemeSetting initial={settings.data.theme} />
          <RoleLabelsSetting initial={settings.data.roleLabels} />
          <AttentionSetting initial={settings.data.attentionDays} />
          <AboutYouSetting initial={settings.data.aboutYou} />
          <OrganisationSetting initial={settings.data} />
          <TemplatesSetting />
        </>
      ) : settings.error ? (
        <p className="form-error" role="alert">
          {settings.error.message}
        </p>
      ) : (
        <p className="muted">Loading your settings…</p>
      )}
      <ChangePassphraseForm />
    </>
  );
}

/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model.impl;

import java.time.LocalDate;
import java.time.LocalDateTime;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vivarium.model.Compound;
import org.vivarium.model.Stock;
import org.vivarium.model.StockEntry;
import org.vivarium.model.VivariumPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stock</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.impl.StockImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockImpl#getCompound <em>Compound</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockImpl#getLot <em>Lot</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockImpl#getSupplier <em>Supplier</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockImpl#getConcentrationMgPerMl <em>Concentration Mg Per Ml</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockImpl#getVolumeMl <em>Volume Ml</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockImpl#getReceivedAt <em>Received At</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockImpl#getReceivedBy <em>Received By</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockImpl#getExpiry <em>Expiry</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockImpl#getSourceVolumeMl <em>Source Volume Ml</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockImpl#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StockImpl extends MinimalEObjectImpl.Container implements Stock {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCompound() <em>Compound</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompound()
	 * @generated
	 * @ordered
	 */
	protected Compound compound;

	/**
	 * The default value of the '{@link #getLot() <em>Lot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLot()
	 * @generated
	 * @ordered
	 */
	protected static final String LOT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLot() <em>Lot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLot()
	 * @generated
	 * @ordered
	 */
	protected String lot = LOT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupplier() <em>Supplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplier()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPPLIER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupplier() <em>Supplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplier()
	 * @generated
	 * @ordered
	 */
	protected String supplier = SUPPLIER_EDEFAULT;

	/**
	 * The default value of the '{@link #getConcentrationMgPerMl() <em>Concentration Mg Per Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcentrationMgPerMl()
	 * @generated
	 * @ordered
	 */
	protected static final double CONCENTRATION_MG_PER_ML_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getConcentrationMgPerMl() <em>Concentration Mg Per Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcentrationMgPerMl()
	 * @generated
	 * @ordered
	 */
	protected double concentrationMgPerMl = CONCENTRATION_MG_PER_ML_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolumeMl() <em>Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected static final double VOLUME_ML_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getVolumeMl() <em>Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected double volumeMl = VOLUME_ML_EDEFAULT;

	/**
	 * The default value of the '{@link #getReceivedAt() <em>Received At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedAt()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime RECEIVED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReceivedAt() <em>Received At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedAt()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime receivedAt = RECEIVED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReceivedBy() <em>Received By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String RECEIVED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReceivedBy() <em>Received By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedBy()
	 * @generated
	 * @ordered
	 */
	protected String receivedBy = RECEIVED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpiry() <em>Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiry()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EXPIRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpiry() <em>Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiry()
	 * @generated
	 * @ordered
	 */
	protected LocalDate expiry = EXPIRY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Stock source;

	/**
	 * The default value of the '{@link #getSourceVolumeMl() <em>Source Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected static final double SOURCE_VOLUME_ML_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSourceVolumeMl() <em>Source Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected double sourceVolumeMl = SOURCE_VOLUME_ML_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<StockEntry> entries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StockImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VivariumPackage.Literals.STOCK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Compound getCompound() {
		if (compound != null && compound.eIsProxy()) {
			InternalEObject oldCompound = (InternalEObject)compound;
			compound = (Compound)eResolveProxy(oldCompound);
			if (compound != oldCompound) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VivariumPackage.STOCK__COMPOUND, oldCompound, compound));
			}
		}
		return compound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Compound basicGetCompound() {
		return compound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompound(Compound newCompound) {
		Compound oldCompound = compound;
		compound = newCompound;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK__COMPOUND, oldCompound, compound));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLot() {
		return lot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLot(String newLot) {
		String oldLot = lot;
		lot = newLot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK__LOT, oldLot, lot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupplier() {
		return supplier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupplier(String newSupplier) {
		String oldSupplier = supplier;
		supplier = newSupplier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK__SUPPLIER, oldSupplier, supplier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConcentrationMgPerMl() {
		return concentrationMgPerMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConcentrationMgPerMl(double newConcentrationMgPerMl) {
		double oldConcentrationMgPerMl = concentrationMgPerMl;
		concentrationMgPerMl = newConcentrationMgPerMl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK__CONCENTRATION_MG_PER_ML, oldConcentrationMgPerMl, concentrationMgPerMl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVolumeMl() {
		return volumeMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumeMl(double newVolumeMl) {
		double oldVolumeMl = volumeMl;
		volumeMl = newVolumeMl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK__VOLUME_ML, oldVolumeMl, volumeMl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getReceivedAt() {
		return receivedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceivedAt(LocalDateTime newReceivedAt) {
		LocalDateTime oldReceivedAt = receivedAt;
		receivedAt = newReceivedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK__RECEIVED_AT, oldReceivedAt, receivedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReceivedBy() {
		return receivedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceivedBy(String newReceivedBy) {
		String oldReceivedBy = receivedBy;
		receivedBy = newReceivedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK__RECEIVED_BY, oldReceivedBy, receivedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getExpiry() {
		return expiry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpiry(LocalDate newExpiry) {
		LocalDate oldExpiry = expiry;
		expiry = newExpiry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK__EXPIRY, oldExpiry, expiry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stock getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (Stock)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VivariumPackage.STOCK__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stock basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Stock newSource) {
		Stock oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSourceVolumeMl() {
		return sourceVolumeMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceVolumeMl(double newSourceVolumeMl) {
		double oldSourceVolumeMl = sourceVolumeMl;
		sourceVolumeMl = newSourceVolumeMl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK__SOURCE_VOLUME_ML, oldSourceVolumeMl, sourceVolumeMl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StockEntry> getEntries() {
		if (entries == null) {
			entries = new EObjectContainmentEList<StockEntry>(StockEntry.class, this, VivariumPackage.STOCK__ENTRIES);
		}
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case VivariumPackage.STOCK__ENTRIES:
				return ((InternalEList<?>)getEntries()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VivariumPackage.STOCK__ID:
				return getId();
			case VivariumPackage.STOCK__COMPOUND:
				if (resolve) return getCompound();
				return basicGetCompound();
			case VivariumPackage.STOCK__LOT:
				return getLot();
			case VivariumPackage.STOCK__SUPPLIER:
				return getSupplier();
			case VivariumPackage.STOCK__CONCENTRATION_MG_PER_ML:
				return getConcentrationMgPerMl();
			case VivariumPackage.STOCK__VOLUME_ML:
				return getVolumeMl();
			case VivariumPackage.STOCK__RECEIVED_AT:
				return getReceivedAt();
			case VivariumPackage.STOCK__RECEIVED_BY:
				return getReceivedBy();
			case VivariumPackage.STOCK__LOCATION:
				return getLocation();
			case VivariumPackage.STOCK__EXPIRY:
				return getExpiry();
			case VivariumPackage.STOCK__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case VivariumPackage.STOCK__SOURCE_VOLUME_ML:
				return getSourceVolumeMl();
			case VivariumPackage.STOCK__ENTRIES:
				return getEntries();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case VivariumPackage.STOCK__ID:
				setId((String)newValue);
				return;
			case VivariumPackage.STOCK__COMPOUND:
				setCompound((Compound)newValue);
				return;
			case VivariumPackage.STOCK__LOT:
				setLot((String)newValue);
				return;
			case VivariumPackage.STOCK__SUPPLIER:
				setSupplier((String)newValue);
				return;
			case VivariumPackage.STOCK__CONCENTRATION_MG_PER_ML:
				setConcentrationMgPerMl((Double)newValue);
				return;
			case VivariumPackage.STOCK__VOLUME_ML:
				setVolumeMl((Double)newValue);
				return;
			case VivariumPackage.STOCK__RECEIVED_AT:
				setReceivedAt((LocalDateTime)newValue);
				return;
			case VivariumPackage.STOCK__RECEIVED_BY:
				setReceivedBy((String)newValue);
				return;
			case VivariumPackage.STOCK__LOCATION:
				setLocation((String)newValue);
				return;
			case VivariumPackage.STOCK__EXPIRY:
				setExpiry((LocalDate)newValue);
				return;
			case VivariumPackage.STOCK__SOURCE:
				setSource((Stock)newValue);
				return;
			case VivariumPackage.STOCK__SOURCE_VOLUME_ML:
				setSourceVolumeMl((Double)newValue);
				return;
			case VivariumPackage.STOCK__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends StockEntry>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case VivariumPackage.STOCK__ID:
				setId(ID_EDEFAULT);
				return;
			case VivariumPackage.STOCK__COMPOUND:
				setCompound((Compound)null);
				return;
			case VivariumPackage.STOCK__LOT:
				setLot(LOT_EDEFAULT);
				return;
			case VivariumPackage.STOCK__SUPPLIER:
				setSupplier(SUPPLIER_EDEFAULT);
				return;
			case VivariumPackage.STOCK__CONCENTRATION_MG_PER_ML:
				setConcentrationMgPerMl(CONCENTRATION_MG_PER_ML_EDEFAULT);
				return;
			case VivariumPackage.STOCK__VOLUME_ML:
				setVolumeMl(VOLUME_ML_EDEFAULT);
				return;
			case VivariumPackage.STOCK__RECEIVED_AT:
				setReceivedAt(RECEIVED_AT_EDEFAULT);
				return;
			case VivariumPackage.STOCK__RECEIVED_BY:
				setReceivedBy(RECEIVED_BY_EDEFAULT);
				return;
			case VivariumPackage.STOCK__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case VivariumPackage.STOCK__EXPIRY:
				setExpiry(EXPIRY_EDEFAULT);
				return;
			case VivariumPackage.STOCK__SOURCE:
				setSource((Stock)null);
				return;
			case VivariumPackage.STOCK__SOURCE_VOLUME_ML:
				setSourceVolumeMl(SOURCE_VOLUME_ML_EDEFAULT);
				return;
			case VivariumPackage.STOCK__ENTRIES:
				getEntries().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case VivariumPackage.STOCK__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case VivariumPackage.STOCK__COMPOUND:
				return compound != null;
			case VivariumPackage.STOCK__LOT:
				return LOT_EDEFAULT == null ? lot != null : !LOT_EDEFAULT.equals(lot);
			case VivariumPackage.STOCK__SUPPLIER:
				return SUPPLIER_EDEFAULT == null ? supplier != null : !SUPPLIER_EDEFAULT.equals(supplier);
			case VivariumPackage.STOCK__CONCENTRATION_MG_PER_ML:
				return concentrationMgPerMl != CONCENTRATION_MG_PER_ML_EDEFAULT;
			case VivariumPackage.STOCK__VOLUME_ML:
				return volumeMl != VOLUME_ML_EDEFAULT;
			case VivariumPackage.STOCK__RECEIVED_AT:
				return RECEIVED_AT_EDEFAULT == null ? receivedAt != null : !RECEIVED_AT_EDEFAULT.equals(receivedAt);
			case VivariumPackage.STOCK__RECEIVED_BY:
				return RECEIVED_BY_EDEFAULT == null ? receivedBy != null : !RECEIVED_BY_EDEFAULT.equals(receivedBy);
			case VivariumPackage.STOCK__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case VivariumPackage.STOCK__EXPIRY:
				return EXPIRY_EDEFAULT == null ? expiry != null : !EXPIRY_EDEFAULT.equals(expiry);
			case VivariumPackage.STOCK__SOURCE:
				return source != null;
			case VivariumPackage.STOCK__SOURCE_VOLUME_ML:
				return sourceVolumeMl != SOURCE_VOLUME_ML_EDEFAULT;
			case VivariumPackage.STOCK__ENTRIES:
				return entries != null && !entries.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", lot: ");
		result.append(lot);
		result.append(", supplier: ");
		result.append(supplier);
		result.append(", concentrationMgPerMl: ");
		result.append(concentrationMgPerMl);
		result.append(", volumeMl: ");
		result.append(volumeMl);
		result.append(", receivedAt: ");
		result.append(receivedAt);
		result.append(", receivedBy: ");
		result.append(receivedBy);
		result.append(", location: ");
		result.append(location);
		result.append(", expiry: ");
		result.append(expiry);
		result.append(", sourceVolumeMl: ");
		result.append(sourceVolumeMl);
		result.append(')');
		return result.toString();
	}

} //StockImpl
